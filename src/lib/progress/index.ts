/**
 * A learner's progress, kept only in her browser: the versioned schema, pure
 * updates, merging, export/import files and a storage adapter that takes its
 * storage by injection.
 */
export {
  PROGRESS_VERSION,
  LIMITS,
  progressSchema,
  emptyProgress,
  isLessonPath,
  isCheckId,
  isDraftId,
} from './schema.ts';
export { cleanLearnerName, clipText, isForbiddenKey } from './schema.ts';
export type { Progress, LessonProgress, Draft } from './schema.ts';
export type { ProgressProblem, ProgressResult } from './problems.ts';
export { migrate } from './migrate.ts';
export {
  markVisited,
  markCompleted,
  undoCompleted,
  recordCheck,
  saveDraft,
  setLearnerName,
  lessonStatus,
  trackSummary,
  continuePath,
} from './model.ts';
export type { LessonStatus, TrackSummary } from './model.ts';
export { mergeProgress } from './merge.ts';
export { MAX_FILE_BYTES, FILE_APP, FILE_KIND, exportFile, importFile, parseStored } from './codec.ts';
export { STORAGE_KEY, BACKUP_PREFIX, isQuotaError } from './store-types.ts';
export type { KeyValueStore, LoadNotice, SaveProblem, UpdateResult, ProgressStore } from './store-types.ts';
export { createProgressStore, onExternalChange } from './storage.ts';
