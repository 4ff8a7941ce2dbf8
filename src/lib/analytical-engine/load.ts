/**
 * Load phase: split the deck into cards and replace include requests by the
 * cards they name, giving one flat chain (spec §2).
 */
import { diagnose, type EngineDiagnostic } from './diagnostics.ts';
import { javaTrim, lowerAscii, splitLines, startsWithFolded } from './text.ts';

/** One card of the chain. */
export interface Card {
  /** The text now, after any rewriting by the attendant when mounting. */
  text: string;
  /** The text as loaded (what the learner wrote). */
  original: string;
  /** 0-based position when loaded (counting Begin/End cards); −1 for cards the attendant made. */
  index: number;
  /** The file it came from, as written in the request (`SPEC [Library]` for the library). */
  source: string;
  /** Cards in the chain when its file began loading. */
  start: number;
  /** 1-based line in the learner's deck (for an included card: the include request's line). */
  line: number;
  /** The included file it came from, if any. */
  file?: string | undefined;
}

/** Most cards a chain may hold once includes are expanded (a guard against include bombs). */
export const MAX_CHAIN_CARDS = 500_000;
/** Deepest nesting of include requests. */
export const MAX_INCLUDE_DEPTH = 32;

/** The card's label as the reference prints it in traces: `7. (DECK.ae:7) Q`. */
export function cardLabel(card: Card): string {
  if (card.index < 0) return `0. (Attendant:1) ${card.text}`;
  return `${card.index + 1}. (${card.source}:${card.index - card.start + 1}) ${card.text}`;
}

/** A card the attendant adds (Begin/End of an interpolation, or a block's CF/CB). */
export function attendantCard(text: string, line: number, file: string | undefined): Card {
  return { text, original: text, index: -1, source: 'Attendant', start: 0, line, file };
}

/** What loading gives: the chain, or the reason nothing can run. */
export interface LoadResult {
  chain: Card[];
  diagnostics: EngineDiagnostic[];
}

/**
 * Loads a deck and everything it includes. `files` maps an include name (exactly
 * as written after `A include cards ` or `@`) to its text; a library request
 * `A include from library cards for NAME` looks up `fixn/name.ae`.
 */
export function loadChain(deck: string, deckName: string, files: ReadonlyMap<string, string>): LoadResult {
  const chain: Card[] = [];
  const diagnostics: EngineDiagnostic[] = [];

  const fail = (d: EngineDiagnostic): false => {
    diagnostics.push(d);
    return false;
  };

  // `deckLine` is null for the learner's deck itself; for an included file it is
  // the deck line of the top-level request that brought it in.
  function loadFile(text: string, source: string, deckLine: number | null, file: string | undefined, stack: string[]) {
    const start = chain.length;
    const lines = splitLines(text, MAX_CHAIN_CARDS + 1);
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i] as string;
      const place = { line: deckLine ?? i + 1, file, original: text };
      let name: string | null = null;
      let label = '';
      let inner = '';
      if (text.length >= 2 && (text.charCodeAt(0) === 0x40 || startsWithFolded(text, 'a include cards '))) {
        name = text.charCodeAt(0) === 0x40 ? text.slice(1) : text.slice(16);
        if (!files.has(name)) return fail(diagnose('missingInclude', 'error', place, { name }));
        label = name;
        inner = name;
      } else if (startsWithFolded(text, 'a include from library cards for ')) {
        const spec = javaTrim(text.slice(33));
        const key = lowerAscii(spec);
        name = `fixn/${key}.ae`;
        if (!/^[a-z0-9_-]+$/.test(key) || !files.has(name)) {
          return fail(diagnose('missingLibrary', 'error', place, { name: spec }));
        }
        label = `${spec} from library`;
        inner = `${spec} [Library]`;
      }
      if (name !== null) {
        if (stack.includes(name)) return fail(diagnose('includeLoop', 'error', place, { name }));
        if (stack.length >= MAX_INCLUDE_DEPTH) {
          return fail(diagnose('includeTooDeep', 'error', place, { max: MAX_INCLUDE_DEPTH }));
        }
        chain.push(attendantCard(`. Begin interpolation of ${label} by attendant`, place.line, file));
        const ok = loadFile(files.get(name) ?? '', inner, place.line, name, [...stack, name]);
        if (!ok) return false;
        chain.push(attendantCard(`. End interpolation of ${label} by attendant`, place.line, file));
      } else {
        chain.push({ text, original: text, index: chain.length, source, start, line: place.line, file });
      }
      if (chain.length > MAX_CHAIN_CARDS) {
        return fail(diagnose('deckTooLong', 'error', place, { max: MAX_CHAIN_CARDS }));
      }
    }
    return true;
  }

  loadFile(deck, deckName, null, undefined, []);
  return { chain, diagnostics };
}
