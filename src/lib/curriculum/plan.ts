import type { ParsedLesson, ParsedTrack, Warn } from './collect.ts';
import { compareOrdered } from './path.ts';

/** A default-locale track that will be published, with its lessons in order. */
export interface PlannedTrack {
  track: ParsedTrack;
  lessons: ParsedLesson[];
}

type Ordered = { input: { id: string }; order: number; slug: string };

/**
 * Sorts entries and drops the ones whose slug is already taken; the first in
 * curriculum order wins. Equal numbers with different slugs are kept (sorted by
 * slug) but reported, since the author probably meant a distinct order.
 */
function dedupe<T extends Ordered>(entries: readonly T[], kind: 'track' | 'lesson', where: string, warn: Warn): T[] {
  // Array#sort is stable, so two entries with the same id keep input order.
  const sorted = [...entries].sort(compareOrdered);
  const bySlug = new Map<string, T>();
  const byOrder = new Map<number, T>();
  const kept: T[] = [];
  for (const entry of sorted) {
    const id = entry.input.id;
    const owner = bySlug.get(entry.slug);
    if (owner && owner.input.id === id) {
      warn(
        'duplicate-slug',
        id,
        `"${id}" appears more than once (for example as both a file and a folder with index.mdx); only the first is used. Remove the other.`,
      );
      continue;
    }
    if (owner) {
      const also = kind === 'track' ? ' Its lessons are left out too.' : '';
      warn(
        'duplicate-slug',
        id,
        `${capital(kind)} "${id}" has the slug "${entry.slug}", like "${owner.input.id}" ${where}; both would get the same URL, so "${id}" is left out.${also} Rename one of them.`,
      );
      continue;
    }
    const sameOrder = byOrder.get(entry.order);
    if (sameOrder) {
      warn(
        'duplicate-order',
        id,
        `${capital(kind)} "${id}" has the number ${entry.order}, like "${sameOrder.input.id}" ${where}; both are kept and ordered by slug. Give each ${kind} its own number.`,
      );
    } else {
      byOrder.set(entry.order, entry);
    }
    bySlug.set(entry.slug, entry);
    kept.push(entry);
  }
  return kept;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Decides the default locale's structure, which every locale follows: tracks and
 * lessons in order, without orphans, duplicates or empty tracks.
 */
export function planDefaultLocale(
  locale: string,
  tracks: readonly ParsedTrack[],
  lessons: readonly ParsedLesson[],
  warn: Warn,
): PlannedTrack[] {
  const folders = new Set(tracks.map((t) => t.folder));
  const lessonsByTrack = new Map<string, ParsedLesson[]>();
  for (const lesson of lessons) {
    if (!folders.has(lesson.trackFolder)) {
      warn(
        'orphan-lesson',
        lesson.input.id,
        `Lesson "${lesson.input.id}" is in folder "${locale}/${lesson.trackFolder}", which has no track.yaml, so it is left out. Add lessons/${locale}/${lesson.trackFolder}/track.yaml or move the lesson into an existing track.`,
      );
      continue;
    }
    const group = lessonsByTrack.get(lesson.trackFolder) ?? [];
    group.push(lesson);
    lessonsByTrack.set(lesson.trackFolder, group);
  }

  const plan: PlannedTrack[] = [];
  for (const track of dedupe(tracks, 'track', `in locale "${locale}"`, warn)) {
    const id = track.input.id;
    const kept = dedupe(lessonsByTrack.get(track.folder) ?? [], 'lesson', `in track "${id}"`, warn);
    if (kept.length === 0) {
      warn(
        'empty-track',
        id,
        `Track "${id}" has no lessons, so it is left out. Add a lesson such as lessons/${locale}/${track.folder}/01-first-step.mdx, or delete the track folder.`,
      );
      continue;
    }
    plan.push({ track, lessons: kept });
  }
  return plan;
}
