// The page's one progress store over localStorage, and the notices that tell
// the learner when progress cannot be read or saved. Every progress script on a
// page shares this module, so storage is read once per page view.
import {
  createProgressStore,
  onExternalChange,
  STORAGE_KEY,
  type Progress,
  type ProgressStore,
  type SaveProblem,
} from '~/lib/progress';

let store: ProgressStore | undefined;
let current: Progress | undefined;
const listeners = new Set<(p: Progress) => void>();

/** localStorage, or undefined where the browser forbids it (some private modes, policies). */
function browserStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    return undefined;
  }
}

function allKeys(): string[] {
  try {
    return Object.keys(window.localStorage);
  } catch {
    return [];
  }
}

/** The learner's progress as stored now (loads it on first use). */
export function progress(): Progress {
  if (!store) {
    store = createProgressStore({ storage: browserStorage(), now: () => new Date(), listKeys: allKeys });
    const loaded = store.load();
    current = loaded.progress;
    if (loaded.notice !== 'ok') showNotice(loaded.notice);
    // Another tab changed progress: take its changes in and redraw.
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      current = onExternalChange(event.newValue, current!, new Date());
      for (const l of listeners) l(current);
    });
  }
  return current!;
}

/** Applies a change, saves it, redraws every listener; tells the learner if saving failed. */
export function change(fn: (p: Progress, now: Date) => Progress): { progress: Progress; saved: boolean } {
  progress();
  const result = store!.update((p) => fn(p, new Date()));
  current = result.progress;
  if (!result.saved && result.problem) showNotice(noticeFor(result.problem));
  for (const l of listeners) l(current);
  return { progress: current, saved: result.saved };
}

/** Deletes all progress on this device. */
export function forget(): Progress {
  progress();
  store!.forgetEverything();
  current = store!.load().progress;
  for (const l of listeners) l(current);
  return current;
}

/** Calls `listener` now and whenever progress changes (in this tab or another); returns a stop function. */
export function watch(listener: (p: Progress) => void): () => void {
  listeners.add(listener);
  listener(progress());
  return () => listeners.delete(listener);
}

function noticeFor(problem: SaveProblem): string {
  return problem === 'quota' ? 'quota' : problem === 'read-only' ? 'newerVersion' : 'unavailable';
}

const SHOWN = 'ps-notice-shown';

/** Shows one of the server-rendered notices (see ProgressNotice.astro), once per visit. */
export function showNotice(kind: string): void {
  const key =
    { recovered: 'recovered', unavailable: 'unavailable', migrated: 'migrated', 'newer-version': 'newerVersion' }[
      kind
    ] ?? kind;
  const box = document.querySelector<HTMLElement>('[data-progress-notice]');
  const text = box?.querySelector<HTMLElement>(`[data-notice="${key}"]`);
  if (!box || !text) return;
  try {
    // "Not saved on this device" is worth saying once a visit, not on every page.
    if (key === 'unavailable' && sessionStorage.getItem(SHOWN)) return;
    sessionStorage.setItem(SHOWN, '1');
  } catch {
    // No session storage either: say it every time rather than never.
  }
  for (const el of box.querySelectorAll<HTMLElement>('[data-notice]')) el.hidden = el !== text;
  box.hidden = false;
  box.querySelector('button')?.addEventListener('click', () => (box.hidden = true), { once: true });
}
