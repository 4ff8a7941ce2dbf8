/**
 * Curriculum: turns the content loader's lesson and track entries into the
 * locale → track → lesson tree the pages render. Plain data in, plain data out.
 * @module
 */
export type {
  Curriculum,
  CurriculumOptions,
  CurriculumWarning,
  LessonInput,
  LessonLink,
  LessonNode,
  Level,
  LocaleNode,
  TrackInput,
  TrackNode,
} from './types.ts';
export type { ParsedEntryId } from './path.ts';
export { parseEntryId, lessonPath, localePath, trackPath } from './path.ts';
export { buildCurriculum, findLesson, findTrack } from './build.ts';
export { noteParagraphs } from './notes.ts';
