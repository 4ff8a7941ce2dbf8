/**
 * How playgrounds tell the page that a learner passed one of a lesson's tries:
 * a DOM event on `document`, so islands need not know about progress and the
 * progress script need not know about islands.
 */

/** Name of the event a playground dispatches when a try passes. */
export const CHECK_EVENT = 'ps:check';

/** The event's detail: the try's id, `<playground>:<try>`. */
export interface CheckDetail {
  id: string;
}

/** Reports that the try `id` passed. Safe to call during server rendering (does nothing). */
export function reportCheck(id: string): void {
  if (typeof document === 'undefined') return;
  document.dispatchEvent(new CustomEvent<CheckDetail>(CHECK_EVENT, { detail: { id } }));
}

/** Calls `listener` with each try id reported on this page; returns a function that stops listening. */
export function onCheck(listener: (id: string) => void): () => void {
  const handler = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (detail && typeof detail === 'object' && typeof (detail as CheckDetail).id === 'string') {
      listener((detail as CheckDetail).id);
    }
  };
  document.addEventListener(CHECK_EVENT, handler);
  return () => document.removeEventListener(CHECK_EVENT, handler);
}
