import type { Progress } from './schema.ts';

/** The part of the Web Storage API the store uses, so tests can pass a plain fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The storage key holding current progress. */
export const STORAGE_KEY = 'ps-progress';
/** Prefix (followed by an ISO time) of keys holding a corrupt value set aside. Never deleted automatically. */
export const BACKUP_PREFIX = 'ps-progress-backup-';

/**
 * What happened at load, for the UI to explain:
 * `ok`; `recovered` (the stored value was corrupt: it was copied to a backup key
 * and she starts fresh); `migrated` (an older shape was upgraded); `unavailable`
 * (no storage, or it throws: progress lasts only this visit); `newer-version`
 * (saved by a newer site version: left untouched, nothing is saved this session).
 */
export type LoadNotice = 'ok' | 'recovered' | 'migrated' | 'unavailable' | 'newer-version';

/**
 * Why an update was not saved: `quota` (storage full), `unavailable` (storage
 * missing or refusing), `read-only` (newer data must not be overwritten),
 * `invalid` (the change produced data the schema refuses; nothing was applied).
 */
export type SaveProblem = 'quota' | 'unavailable' | 'read-only' | 'invalid';

/** The result of `ProgressStore.update`. */
export interface UpdateResult {
  progress: Progress;
  saved: boolean;
  problem?: SaveProblem;
}

/** Progress kept in a key-value store, never lost to a bad write. */
export interface ProgressStore {
  /** Reads stored progress, setting a corrupt value aside in a backup key rather than failing. */
  load(): { progress: Progress; notice: LoadNotice; backupKey?: string };
  /**
   * Applies an update and writes it. Returns whether it was saved; on failure the
   * in-memory progress is still returned and the stored value is unchanged.
   */
  update(change: (p: Progress) => Progress): UpdateResult;
  /** Removes stored progress and every backup key (those listed by `listKeys` and those made here). */
  forgetEverything(): void;
  /** False when storage is missing or the stored data belongs to a newer site version. */
  readonly canSave: boolean;
}

/** True for the errors browsers throw when storage is full. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  try {
    const { name, code } = e as { name?: unknown; code?: unknown };
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
  } catch {
    // A hostile getter: whatever it is, it is not a quota error we can explain.
    return false;
  }
}
