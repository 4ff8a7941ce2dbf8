import { describe, expect, it } from 'vitest';
import { A, B, C, FakeStorage, clock, setup, stored } from './fake-storage.ts';
import { markCompleted, markVisited, setLearnerName, undoCompleted } from './model.ts';
import { emptyProgress } from './schema.ts';
import { createProgressStore, onExternalChange } from './storage.ts';
import { BACKUP_PREFIX, STORAGE_KEY, isQuotaError } from './store-types.ts';
describe('createProgressStore: two tabs', () => {
  it('keeps both completions when two tabs mark different lessons', () => {
    const { storage, open } = setup();
    const [tab1, tab2] = [open(), open()];
    tab1.load();
    tab2.load();
    expect(tab1.update((p) => markCompleted(p, A, clock())).saved).toBe(true);
    expect(tab2.update((p) => markCompleted(p, B, clock())).saved).toBe(true);
    expect(tab1.update((p) => setLearnerName(p, 'Ada', clock())).progress.lessons[B]?.completedAt).toBeDefined();
    const final = stored(storage);
    expect([A, B].map((path) => final.lessons[path]?.completedAt !== undefined)).toEqual([true, true]);
    expect(final.learnerName).toBe('Ada');
  });

  it('does not bring back what another tab undid or forgot', () => {
    const { storage, open } = setup();
    const [tab1, tab2] = [open(), open()];
    tab1.update((p) => markCompleted(p, A, clock()));
    tab2.load();
    tab1.update((p) => undoCompleted(p, A, clock()));
    tab2.update((p) => markVisited(p, B, 'Tools', clock()));
    expect(stored(storage).lessons[A]?.completedAt).toBeUndefined();

    tab1.forgetEverything();
    tab2.update((p) => markVisited(p, C, 'First code', clock()));
    expect(Object.keys(stored(storage).lessons)).toEqual([C]);
  });
});

describe('forgetEverything', () => {
  it('removes progress and every backup, old and new, but nothing else', () => {
    const { storage, open } = setup('corrupt');
    storage.data.set(`${BACKUP_PREFIX}2020-01-01T00:00:00.000Z`, 'old');
    storage.data.set('ps-theme', 'dark');
    const store = open();
    expect(store.load().backupKey).toBeDefined();
    store.update((p) => markCompleted(p, A, clock()));
    store.forgetEverything();
    expect([...storage.data.keys()]).toEqual(['ps-theme']);
    expect(store.update((p) => p).progress.lessons).toEqual({});
  });

  it('removes the backups it made even without a key listing, and never throws', () => {
    const storage = new FakeStorage();
    storage.data.set(STORAGE_KEY, 'corrupt');
    const store = createProgressStore({
      storage,
      now: clock,
      listKeys: () => {
        throw new Error('no');
      },
    });
    store.load();
    store.forgetEverything();
    expect(storage.data.size).toBe(0);
    expect(() => createProgressStore({ storage: undefined, now: clock }).forgetEverything()).not.toThrow();
  });

  it('lets a read-only store save again once the newer data is gone', () => {
    const { storage, open } = setup(JSON.stringify({ version: 9 }));
    const store = open();
    store.load();
    store.forgetEverything();
    expect(store.canSave).toBe(true);
    expect(store.update((p) => markCompleted(p, A, clock())).saved).toBe(true);
    expect(stored(storage).lessons[A]).toBeDefined();
  });
});

describe('onExternalChange', () => {
  const mine = markCompleted(emptyProgress(clock()), A, clock());

  it('merges a valid value from another tab', () => {
    const theirs = markCompleted(emptyProgress(clock()), B, clock());
    const merged = onExternalChange(JSON.stringify(theirs), mine, clock());
    expect(Object.keys(merged.lessons).sort()).toEqual([A, B].sort());
  });

  it.each([null, 'garbage', '{"version":3}', '{"__proto__":{"polluted":true}}'])('ignores %j', (raw) => {
    expect(onExternalChange(raw, mine, clock())).toBe(mine);
  });
});

describe('isQuotaError', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), true],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    [{ code: 22 }, true],
    [{ code: 1014, name: 'whatever' }, true],
    [new DOMException('no', 'SecurityError'), false],
    [new Error('QuotaExceededError'), false],
    ['QuotaExceededError', false],
    [null, false],
    [undefined, false],
  ])('%o → %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('survives an error object with a throwing getter', () => {
    const hostile = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('gotcha');
      },
    });
    expect(isQuotaError(hostile)).toBe(false);
  });
});
