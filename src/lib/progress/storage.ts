import { parseStored } from './codec.ts';
import { mergeProgress } from './merge.ts';
import { emptyProgress, progressSchema, type Progress } from './schema.ts';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  isQuotaError,
  type KeyValueStore,
  type ProgressStore,
  type SaveProblem,
  type UpdateResult,
} from './store-types.ts';

/**
 * Merges a value another tab wrote (from the page's `storage` event) into the
 * progress this tab shows. A value that does not parse is ignored.
 */
export function onExternalChange(raw: string | null, current: Progress, now: Date): Progress {
  if (raw === null) return current;
  const parsed = parseStored(raw, now);
  return parsed.ok ? mergeProgress(current, parsed.progress) : current;
}

type Read = { kind: 'ok'; progress: Progress; migrated: boolean } | { kind: 'corrupt' | 'newer' | 'failed' };

/**
 * Creates a store over `storage` (usually `localStorage`, which may be missing
 * or throw in private modes). `now` supplies times; `listKeys` lets
 * `forgetEverything` find backups made in earlier visits.
 */
export function createProgressStore(options: {
  storage: KeyValueStore | undefined;
  now: () => Date;
  listKeys?: () => string[];
}): ProgressStore {
  const { storage, now, listKeys } = options;
  let memory = emptyProgress(now());
  let unavailable = storage === undefined;
  let readOnly = false;
  // True while `memory` holds changes that never reached storage (a failed
  // write); only then is it merged back into what is stored.
  let dirty = false;
  const backups = new Set<string>();

  function read(store: KeyValueStore): Read & { raw?: string } {
    let raw: string | null;
    try {
      raw = store.getItem(STORAGE_KEY);
    } catch {
      return { kind: 'failed' };
    }
    const parsed = parseStored(raw, now());
    if (parsed.ok) return { kind: 'ok', progress: parsed.progress, migrated: parsed.migratedFrom !== undefined };
    if (parsed.reason === 'newer-version') return { kind: 'newer' };
    return { kind: 'corrupt', ...(raw === null ? {} : { raw }) };
  }

  // Copies a corrupt value aside. Failing to do so must not stop the page.
  function backUp(store: KeyValueStore, raw: string): string | undefined {
    try {
      let key = BACKUP_PREFIX + now().toISOString();
      for (let n = 1; store.getItem(key) !== null; n += 1) key = `${BACKUP_PREFIX}${now().toISOString()}-${n}`;
      store.setItem(key, raw);
      backups.add(key);
      return key;
    } catch {
      return undefined;
    }
  }

  function load(): ReturnType<ProgressStore['load']> {
    dirty = false;
    if (storage === undefined) return { progress: (memory = emptyProgress(now())), notice: 'unavailable' };
    const found = read(storage);
    if (found.kind === 'ok') {
      memory = found.progress;
      unavailable = false;
      readOnly = false;
      return { progress: memory, notice: found.migrated ? 'migrated' : 'ok' };
    }
    memory = emptyProgress(now());
    if (found.kind === 'failed') unavailable = true;
    if (found.kind === 'newer') readOnly = true;
    if (found.kind === 'failed') return { progress: memory, notice: 'unavailable' };
    if (found.kind === 'newer') return { progress: memory, notice: 'newer-version' };
    const backupKey = found.raw === undefined ? undefined : backUp(storage, found.raw);
    if (backupKey === undefined) return { progress: memory, notice: 'recovered' };
    // With the value safe in its backup, store a fresh start so the next visit
    // does not make another backup of the same corrupt text.
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(memory));
    } catch {
      // The next successful update will replace it instead.
    }
    return { progress: memory, notice: 'recovered', backupKey };
  }

  function apply(base: Progress, change: (p: Progress) => Progress): Progress | undefined {
    try {
      const next = progressSchema.safeParse(change(base));
      return next.success ? next.data : undefined;
    } catch {
      return undefined;
    }
  }

  function notSaved(base: Progress, change: (p: Progress) => Progress, problem: SaveProblem): UpdateResult {
    const next = apply(base, change);
    if (next === undefined) return { progress: (memory = base), saved: false, problem: 'invalid' };
    memory = next;
    dirty = true;
    return { progress: memory, saved: false, problem };
  }

  // A merge of two valid records can still break a limit (too many lessons);
  // then the stored value alone is the safe base.
  function rebase(stored: Progress): Progress {
    const merged = mergeProgress(memory, stored);
    return progressSchema.safeParse(merged).success ? merged : stored;
  }

  function update(change: (p: Progress) => Progress): UpdateResult {
    if (storage === undefined || unavailable) return notSaved(memory, change, 'unavailable');
    if (readOnly) return notSaved(memory, change, 'read-only');
    const found = read(storage);
    if (found.kind === 'failed') return notSaved(memory, change, 'unavailable');
    if (found.kind === 'newer') {
      readOnly = true;
      return notSaved(memory, change, 'read-only');
    }
    // Storage holds every tab's saved writes, so it is the base; this tab's own
    // unsaved changes are merged in. Merging when nothing is pending would undo
    // another tab's "undo" or "forget everything". A corrupt stored value (set
    // aside first) tells us nothing, so this tab's progress is the base then.
    let base: Progress;
    if (found.kind === 'ok') base = dirty ? rebase(found.progress) : found.progress;
    else {
      if (found.raw !== undefined) backUp(storage, found.raw);
      base = memory;
    }
    const next = apply(base, change);
    if (next === undefined) return { progress: (memory = base), saved: false, problem: 'invalid' };
    memory = next;
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch (error) {
      dirty = true;
      return { progress: memory, saved: false, problem: isQuotaError(error) ? 'quota' : 'unavailable' };
    }
    dirty = false;
    return { progress: memory, saved: true };
  }

  function forgetEverything(): void {
    memory = emptyProgress(now());
    dirty = false;
    if (storage === undefined) return;
    let listed: string[] = [];
    try {
      listed = listKeys?.() ?? [];
    } catch {
      // Without a listing we still remove the keys we know of.
    }
    const keys = new Set([STORAGE_KEY, ...backups, ...listed.filter((key) => key.startsWith(BACKUP_PREFIX))]);
    for (const key of keys) {
      try {
        storage.removeItem(key);
        backups.delete(key);
      } catch {
        // Keep going: removing the rest matters more than reporting one failure.
      }
    }
    // Nothing newer is left to protect.
    readOnly = false;
  }

  return {
    load,
    update,
    forgetEverything,
    get canSave() {
      return storage !== undefined && !unavailable && !readOnly;
    },
  };
}
