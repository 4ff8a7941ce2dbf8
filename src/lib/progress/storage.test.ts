import { describe, expect, it } from 'vitest';
import { A, B, C, clock, setup, stored } from './fake-storage.ts';
import { markCompleted, markVisited } from './model.ts';
import { createProgressStore } from './storage.ts';
import { BACKUP_PREFIX, STORAGE_KEY } from './store-types.ts';
describe('createProgressStore: load', () => {
  it('starts empty with nothing stored and writes nothing', () => {
    const { storage, open } = setup();
    const store = open();
    expect(store.load()).toMatchObject({ notice: 'ok', progress: { lessons: {}, drafts: {} } });
    expect(store.canSave).toBe(true);
    expect(storage.writes).toBe(0);
  });

  it('migrates v1 and writes v2 on the next update', () => {
    const { storage, open } = setup(JSON.stringify({ version: 1, completed: [A], visited: [], last: A }));
    const store = open();
    const loaded = store.load();
    expect(loaded.notice).toBe('migrated');
    expect(loaded.progress.lessons[A]?.completedAt).toBeDefined();
    store.update((p) => markVisited(p, B, 'Tools', clock()));
    expect(stored(storage).version).toBe(2);
    expect(Object.keys(stored(storage).lessons)).toEqual([A, B]);
  });

  it.each(['{"version":2,', '{"version":2,"lessons":[]}', 'undefined', '{"__proto__":{"polluted":true}}'])(
    'sets the corrupt value %j aside, exactly, and starts fresh',
    (corrupt) => {
      const { storage, open } = setup(corrupt);
      const loaded = open().load();
      expect(loaded.notice).toBe('recovered');
      expect(loaded.progress).toMatchObject({ lessons: {}, drafts: {} });
      expect(loaded.backupKey?.startsWith(BACKUP_PREFIX)).toBe(true);
      expect(Date.parse(loaded.backupKey?.slice(BACKUP_PREFIX.length) ?? '')).not.toBeNaN();
      expect(storage.data.get(loaded.backupKey ?? '')).toBe(corrupt);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      // The next visit loads cleanly instead of making a second backup.
      expect(open().load()).toMatchObject({ notice: 'ok' });
      expect([...storage.data.keys()].filter((key) => key.startsWith(BACKUP_PREFIX))).toHaveLength(1);
    },
  );

  it('keeps going when the backup cannot be written', () => {
    const { storage, open } = setup('garbage');
    storage.failSet = 'quota';
    const loaded = open().load();
    expect(loaded).toMatchObject({ notice: 'recovered' });
    expect(loaded.backupKey).toBeUndefined();
    expect(storage.data.get(STORAGE_KEY)).toBe('garbage');
  });

  it('reports unavailable storage: missing, or throwing on read (private mode)', () => {
    const missing = createProgressStore({ storage: undefined, now: clock });
    expect(missing.load().notice).toBe('unavailable');
    expect(missing.canSave).toBe(false);
    expect(missing.update((p) => markCompleted(p, A, clock()))).toMatchObject({ saved: false, problem: 'unavailable' });

    const { storage, open } = setup();
    storage.failGet = true;
    const store = open();
    expect(store.load().notice).toBe('unavailable');
    expect(store.canSave).toBe(false);
    const result = store.update((p) => markCompleted(p, A, clock()));
    expect(result).toMatchObject({ saved: false, problem: 'unavailable' });
    expect(result.progress.lessons[A]?.completedAt).toBeDefined();
    expect(storage.writes).toBe(0);
  });
});

describe('createProgressStore: update', () => {
  it('validates and writes the whole progress under one key', () => {
    const { storage, open } = setup();
    const store = open();
    store.load();
    const result = store.update((p) => markCompleted(p, A, clock()));
    expect(result).toEqual({ progress: stored(storage), saved: true });
    expect(storage.writes).toBe(1);
  });

  it('leaves the stored value untouched when storage is full, and saves later', () => {
    const { storage, open } = setup();
    const store = open();
    store.load();
    store.update((p) => markCompleted(p, A, clock()));
    const before = storage.data.get(STORAGE_KEY);
    storage.failSet = 'quota';
    const failed = store.update((p) => markCompleted(p, B, clock()));
    expect(failed).toMatchObject({ saved: false, problem: 'quota' });
    expect(failed.progress.lessons[B]?.completedAt).toBeDefined();
    expect(storage.data.get(STORAGE_KEY)).toBe(before);

    storage.failSet = false;
    expect(store.update((p) => markCompleted(p, C, clock())).saved).toBe(true);
    expect(Object.keys(stored(storage).lessons).sort()).toEqual([A, B, C].sort());
  });

  it('reports a refused write that is not about space as unavailable', () => {
    const { storage, open } = setup();
    const store = open();
    storage.failSet = 'security';
    expect(store.update((p) => markCompleted(p, A, clock()))).toMatchObject({ saved: false, problem: 'unavailable' });
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  it('never writes a change the schema refuses, or one that throws', () => {
    const { storage, open } = setup();
    const store = open();
    const good = store.update((p) => markCompleted(p, A, clock())).progress;
    const before = storage.data.get(STORAGE_KEY);
    const bad = store.update((p) => ({ ...p, lessons: { ...p.lessons, '/etc/passwd': { startedAt: 'now' } } }));
    expect(bad).toEqual({ progress: good, saved: false, problem: 'invalid' });
    const thrown = store.update(() => {
      throw new Error('bug');
    });
    expect(thrown).toMatchObject({ saved: false, problem: 'invalid' });
    expect(storage.data.get(STORAGE_KEY)).toBe(before);
  });

  it('sets aside a value corrupted after load before writing over it', () => {
    const { storage, open } = setup();
    const store = open();
    store.update((p) => markCompleted(p, A, clock()));
    storage.data.set(STORAGE_KEY, '{oops');
    expect(store.update((p) => markCompleted(p, B, clock())).saved).toBe(true);
    const backups = [...storage.data].filter(([key]) => key.startsWith(BACKUP_PREFIX));
    expect(backups.map(([, value]) => value)).toEqual(['{oops']);
    expect(Object.keys(stored(storage).lessons).sort()).toEqual([A, B].sort());
  });

  it('never overwrites data from a newer version', () => {
    const newer = JSON.stringify({ version: 3, lessons: { anything: true } });
    const { storage, open } = setup(newer);
    const store = open();
    expect(store.load().notice).toBe('newer-version');
    expect(store.canSave).toBe(false);
    for (let i = 0; i < 3; i += 1) {
      const result = store.update((p) => markCompleted(p, A, clock()));
      expect(result).toMatchObject({ saved: false, problem: 'read-only' });
      expect(result.progress.lessons[A]).toBeDefined();
    }
    expect(storage.data.get(STORAGE_KEY)).toBe(newer);
    expect(storage.writes).toBe(0);
  });
});
