import type { ParsedLesson, ParsedTrack } from './collect.ts';
import { lessonPath, trackPath } from './path.ts';
import type { LessonNode, Level, TrackNode } from './types.ts';

const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];

// The schemas upstream should already guarantee these shapes; the readers below
// only keep a malformed entry from crashing the whole build.
function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown, otherwise: string): string {
  return typeof value === 'string' && value !== '' ? value : otherwise;
}

function minutes(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function level(value: unknown): Level | undefined {
  return LEVELS.find((l) => l === value);
}

function strings(value: unknown): string[] | undefined {
  // A copy, so that pages editing one node's list cannot change another's.
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : undefined;
}

/** Builds a track node (without lessons yet) from the track content chosen for `locale`. */
export function makeTrack(locale: string, track: ParsedTrack): TrackNode {
  const data = record(track.input.data);
  return {
    id: track.input.id,
    locale,
    contentLocale: track.locale,
    fallback: track.locale !== locale,
    slug: track.slug,
    order: track.order,
    path: trackPath(locale, track.slug),
    title: text(data['title'], track.slug),
    summary: text(data['summary'], ''),
    level: level(data['level']) ?? 'beginner',
    pioneers: strings(data['pioneers']) ?? [],
    duration: 0,
    lessons: [],
    data: track.input.data,
  };
}

/**
 * Builds a lesson node from the lesson content chosen for `locale`. Level and
 * pioneers come from the lesson when it sets them, else from its track node.
 */
export function makeLesson(locale: string, lesson: ParsedLesson, track: TrackNode): LessonNode {
  const data = record(lesson.input.data);
  return {
    id: lesson.input.id,
    locale,
    contentLocale: lesson.locale,
    fallback: lesson.locale !== locale,
    trackSlug: track.slug,
    slug: lesson.slug,
    order: lesson.order,
    path: lessonPath(locale, track.slug, lesson.slug),
    title: text(data['title'], lesson.slug),
    summary: text(data['summary'], ''),
    duration: minutes(data['duration']),
    level: level(data['level']) ?? track.level,
    pioneers: strings(data['pioneers']) ?? [...track.pioneers],
    objectives: strings(data['objectives']) ?? [],
    data: lesson.input.data,
  };
}

/** Links each lesson to its neighbours in the flat list, across track boundaries. */
export function linkLessons(lessons: readonly LessonNode[]): void {
  lessons.forEach((lesson, i) => {
    const prev = lessons[i - 1];
    const next = lessons[i + 1];
    if (prev) lesson.prev = { path: prev.path, title: prev.title };
    if (next) lesson.next = { path: next.path, title: next.title };
  });
}
