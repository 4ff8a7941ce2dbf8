/**
 * The Analytical Engine emulator: John Walker's Fourmilab card language, run
 * exactly as his emulator runs it, apart from the project decisions in the README.
 */
export { runDeck, loadDeck, DEFAULT_MAX_CARDS } from './engine.ts';
export type { DeckOptions, EngineSession, EngineSnapshot, CardRef, RunResult } from './engine.ts';
export { DIAGNOSTIC_CODES } from './diagnostics.ts';
export type { EngineDiagnostic, DiagnosticCode } from './diagnostics.ts';
export { cardKind } from './kind.ts';
export type { CardKind } from './kind.ts';
export { BUNDLED_LIBRARY } from './library.ts';
export { EXAMPLES } from './examples.ts';
export type { EngineExample } from './examples.ts';
export { decodeDeck } from './text.ts';
export { MAX_CHAIN_CARDS, MAX_INCLUDE_DEPTH } from './load.ts';
export { MAX_OUTPUT, STORE_SIZE } from './machine.ts';
export { MAX_FIGURES } from './mill.ts';
