// Progress on a lesson page: remembers the visit, ticks the lesson's tries as
// playgrounds report them, completes the lesson (by its tries or the button),
// offers undo, and says when the whole track is done.
import { format } from '~/lib/i18n';
import { lessonStatus, markCompleted, markVisited, recordCheck, trackSummary, undoCompleted } from '~/lib/progress';
import { onCheck } from '~/playgrounds/shared/checks';
import { change, watch } from './store';

interface LessonData {
  path: string;
  title: string;
  checks: string[];
  trackLessons: string[];
}

/** Wires the lesson page's progress box, if the page has one. */
export function startLessonProgress(): void {
  const box = document.querySelector<HTMLElement>('[data-lesson-progress]');
  if (!box) return;
  const data = JSON.parse(box.dataset['lessonProgress'] ?? '{}') as LessonData;
  const hasChecks = data.checks.length > 0;
  const show = (when: 'open' | 'done' | 'undone') => {
    for (const el of box.querySelectorAll<HTMLElement>('[data-when]')) {
      el.hidden = el.dataset['when'] !== when && !(when === 'undone' && el.dataset['when'] === 'open');
    }
  };
  let undone = false;

  watch((p) => {
    const passed = p.lessons[data.path]?.checks ?? {};
    let count = 0;
    for (const li of box.querySelectorAll<HTMLElement>('[data-check]')) {
      const ok = Object.hasOwn(passed, li.dataset['check'] ?? '');
      count += ok ? 1 : 0;
      li.toggleAttribute('data-passed', ok);
      const state = li.querySelector<HTMLElement>('[data-check-state]');
      if (state) state.textContent = (ok ? state.dataset['yes'] : state.dataset['no']) ?? '';
    }
    const counter = box.querySelector<HTMLElement>('[data-check-count]');
    if (counter)
      counter.textContent = format(counter.dataset['template'] ?? '', { done: count, total: data.checks.length });
    const done = lessonStatus(p, data.path) === 'done';
    show(done ? 'done' : undone ? 'undone' : 'open');
    const trackDone = box.querySelector<HTMLElement>('[data-track-done]');
    if (trackDone) trackDone.hidden = trackSummary(p, data.trackLessons).status !== 'done';
    box.setAttribute('data-ready', '');
  });
  change((p, now) => markVisited(p, data.path, data.title, now));

  onCheck((id) => {
    if (!data.checks.includes(id)) return;
    change((p, now) => {
      const next = recordCheck(p, data.path, id, now);
      const passed = next.lessons[data.path]?.checks ?? {};
      const all = data.checks.every((c) => Object.hasOwn(passed, c));
      return all && hasChecks ? markCompleted(next, data.path, now) : next;
    });
  });

  box.querySelector('[data-finish]')?.addEventListener('click', () => {
    undone = false;
    change((p, now) => markCompleted(p, data.path, now));
    box.querySelector<HTMLElement>('[data-undo]')?.focus();
  });
  box.querySelector('[data-undo]')?.addEventListener('click', () => {
    undone = true;
    change((p, now) => undoCompleted(p, data.path, now));
    box.querySelector<HTMLElement>('[data-finish]')?.focus();
  });
}
