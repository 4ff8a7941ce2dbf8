// Progress on the home and track pages: a bar per track, a status per lesson,
// and "continue where you left off". Pages read fine without it.
import { format } from '~/lib/i18n';
import { continuePath, lessonStatus, trackSummary, type Progress } from '~/lib/progress';
import { watch } from './store';

let started = false;

/** Fills in every progress element on the page, now and whenever progress changes. */
export function startOverview(): void {
  if (started) return;
  started = true;
  watch(render);
}

function render(p: Progress): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-track-progress]')) {
    const paths = JSON.parse(el.dataset['trackProgress'] ?? '[]') as string[];
    const s = trackSummary(p, paths);
    const bar = el.querySelector('progress');
    if (bar) bar.value = s.done;
    const label = el.querySelector<HTMLElement>('.label');
    if (label) label.textContent = format(el.dataset['template'] ?? '', { done: s.done, total: s.total });
    el.dataset['status'] = s.status;
    el.setAttribute('data-ready', '');
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-lesson-status]')) {
    const state = lessonStatus(p, el.dataset['lessonStatus'] ?? '');
    el.dataset['state'] = state;
    el.textContent =
      (state === 'done' ? el.dataset['done'] : state === 'in-progress' ? el.dataset['started'] : el.dataset['new']) ??
      '';
  }
  const box = document.querySelector<HTMLElement>('[data-continue]');
  if (box) {
    const lessons = JSON.parse(box.dataset['continue'] ?? '[]') as { path: string; title: string }[];
    const paths = lessons.map((l) => l.path);
    // Where she left off; else, once she has begun, the first lesson not done yet.
    const begun = Object.keys(p.lessons).length > 0;
    const target = continuePath(p, paths) ?? (begun ? trackSummary(p, paths).next : undefined);
    const link = box.querySelector<HTMLAnchorElement>('[data-continue-link]');
    const hint = box.querySelector<HTMLElement>('[data-continue-hint]');
    const lesson = lessons.find((l) => l.path === target);
    if (lesson && link && hint) {
      link.href = lesson.path;
      link.querySelector('[data-label]')!.textContent = box.dataset['continueLabel'] ?? '';
      hint.textContent = format(box.dataset['continueHint'] ?? '', { title: lesson.title });
    } else if (hint && trackSummary(p, paths).status === 'done') {
      hint.textContent = box.dataset['allDone'] ?? '';
    }
  }
}
