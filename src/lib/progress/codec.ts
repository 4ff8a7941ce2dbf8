import { z } from 'zod/mini';
import { describeIssue, migrate } from './migrate.ts';
import type { ProgressResult } from './problems.ts';
import { emptyProgress, type Progress } from './schema.ts';

/** The largest progress file `importFile` will read, in UTF-8 bytes. */
export const MAX_FILE_BYTES = 2_000_000;

/** Marks an exported file as ours, so a random JSON file is refused as `wrong-file`. */
export const FILE_APP = 'poetical-science';
/** The kind of export this module writes. */
export const FILE_KIND = 'progress';

const envelopeSchema = z.strictObject({
  app: z.literal(FILE_APP),
  kind: z.literal(FILE_KIND),
  exportedAt: z.iso.datetime({ offset: true }),
  progress: z.unknown(),
});

/**
 * Counts the UTF-8 bytes of `text`, stopping as soon as the count passes `limit`
 * (the caller only needs to know whether it fits).
 */
export function utf8BytesOver(text: string, limit: number): boolean {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so long text is settled at once.
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      // A surrogate pair is one 4-byte character; a lone surrogate is written as 3 bytes (U+FFFD).
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes > limit;
}

// JSON.parse throws SyntaxError on bad text and may throw RangeError on absurd
// nesting; both mean the same thing to a learner: this is not a progress file.
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Serialises progress as a pretty-printed export file she can keep or carry to another device. */
export function exportFile(p: Progress, now: Date): string {
  const file = { app: FILE_APP, kind: FILE_KIND, exportedAt: now.toISOString(), progress: p };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads an export file, which may come from anywhere and must be treated as
 * hostile. The size is checked before any parsing. The result is validated and
 * migrated; merge it into the device's progress rather than replacing it.
 */
export function importFile(text: string, now: Date): ProgressResult {
  if (utf8BytesOver(text, MAX_FILE_BYTES)) return { ok: false, reason: 'too-large' };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: 'not-json' };
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'wrong-file', detail: '(root): not an object' };
  }
  const record = value as Record<string, unknown>;
  // Own-property reads, so an inherited or odd prototype cannot vouch for the file.
  const app = Object.hasOwn(record, 'app') ? record['app'] : undefined;
  const kind = Object.hasOwn(record, 'kind') ? record['kind'] : undefined;
  if (app !== FILE_APP || kind !== FILE_KIND) return { ok: false, reason: 'wrong-file', detail: 'app/kind' };
  const envelope = envelopeSchema.safeParse(record);
  if (!envelope.success) return { ok: false, reason: 'invalid', detail: describeIssue(envelope.error) };
  return migrate(envelope.data.progress, now);
}

/**
 * Reads the raw value kept in storage (no envelope). `null`, meaning nothing
 * stored yet, gives empty progress.
 */
export function parseStored(text: string | null, now: Date): ProgressResult {
  if (text === null) return { ok: true, progress: emptyProgress(now) };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, reason: 'not-json' };
  return migrate(json.value, now);
}
