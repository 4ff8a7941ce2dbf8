import { createProgressStore } from './storage.ts';
import { progressSchema, type Progress } from './schema.ts';
import { STORAGE_KEY, type KeyValueStore } from './store-types.ts';

// Test support for the storage tests: not imported by the site.

/** Lesson paths used across the storage tests. */
export const [A, B, C] = ['/en/start-here/welcome/', '/en/start-here/tools/', '/en/start-here/first-code/'] as const;

/** An in-memory Web Storage stand-in with switches for the ways real storage fails. */
export class FakeStorage implements KeyValueStore {
  readonly data = new Map<string, string>();
  failGet = false;
  failSet: 'quota' | 'security' | ((key: string) => boolean) | false = false;
  writes = 0;

  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const fail = typeof this.failSet === 'function' ? this.failSet(key) : this.failSet;
    if (fail === 'security' || fail === true) throw new DOMException('denied', 'SecurityError');
    if (fail === 'quota') throw new DOMException('full', 'QuotaExceededError');
    this.writes += 1;
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}

let tick = 0;
/** A clock that moves on one millisecond per call, so every write has a distinct time. */
export const clock = () => new Date(Date.UTC(2024, 4, 1, 10, 0, 0, (tick += 1)));

/** A fake storage, optionally holding `initial` as the stored value, and a way to open stores (tabs) over it. */
export function setup(initial?: string) {
  const storage = new FakeStorage();
  if (initial !== undefined) storage.data.set(STORAGE_KEY, initial);
  const open = () => createProgressStore({ storage, now: clock, listKeys: () => [...storage.data.keys()] });
  return { storage, open };
}

/** The stored progress, validated. */
export function stored(storage: FakeStorage): Progress {
  return progressSchema.parse(JSON.parse(storage.data.get(STORAGE_KEY) ?? 'null'));
}
