import type { EngineSnapshot } from '~/lib/analytical-engine';

/** Messages the page sends to the Engine's Worker. */
export type ToEngine =
  { type: 'load'; deck: string; maxCards: number } | { type: 'step' } | { type: 'run' } | { type: 'stop' };

/** Messages the Worker sends back: the machine as the learner can see it. */
export type FromEngine = { type: 'snapshot'; snapshot: EngineSnapshot; busy: boolean };

/** Cards run between two progress reports (and two chances to notice Stop). */
export const CHUNK = 20_000;

/** The card budget of one run: enough for every library deck, small enough to stop an endless loop in seconds. */
export const MAX_CARDS = 5_000_000;
