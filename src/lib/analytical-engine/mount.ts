/**
 * Mount phase: the attendant scrutinises the whole chain before anything runs
 * (spec §3). First the decimal-place pass rewrites decimal number cards, bare
 * stepping cards and `A write numbers with decimal point`; then the block pass
 * turns `( ) { }` blocks into combinatorial cards. Any complaint means the deck
 * does not run.
 */
import { diagnose, type EngineDiagnostic } from './diagnostics.ts';
import { blockPass } from './blocks.ts';
import type { Card } from './load.ts';
import { javaTrim, lowerAscii, parseJavaInt, tokens } from './text.ts';

/** At most this many mount complaints are kept: the deck does not run anyway. */
const MAX_COMPLAINTS = 100;

/** Mounts the chain: returns the rewritten chain and the attendant's complaints. */
export function mountChain(loaded: Card[]): { chain: Card[]; diagnostics: EngineDiagnostic[] } {
  const diagnostics: EngineDiagnostic[] = [];
  const complain = (d: EngineDiagnostic) => {
    if (diagnostics.length < MAX_COMPLAINTS) diagnostics.push(d);
  };
  decimalPass(loaded, complain);
  const chain = blockPass(loaded, complain);
  return { chain, diagnostics };
}

/** Records one complaint. */
export type Complain = (d: EngineDiagnostic) => void;

function decimalPass(chain: Card[], complain: Complain): void {
  let dp = -1;
  for (const card of chain) {
    const text = card.text;
    const low = lowerAscii(text);
    if (low.startsWith('a set decimal places to ')) {
      let spec = javaTrim(low.slice(24));
      const sign = spec.charAt(0);
      if (sign === '+' || sign === '-') {
        if (dp < 0) {
          complain(diagnose('decimalPlacesRelative', 'error', card));
          continue;
        }
        spec = spec.slice(1);
      }
      // An empty setting crashes the reference; here it is simply unreadable.
      const value = parseJavaInt(spec);
      if (value === null) {
        complain(diagnose('decimalPlacesUnreadable', 'error', card));
        continue;
      }
      const places = sign === '+' ? dp + value : sign === '-' ? dp - value : value;
      if (places < 0 || places > 50) {
        complain(diagnose('decimalPlacesRange', 'error', card, { places }));
        continue;
      }
      dp = places;
      card.text = `. ${text}`;
    } else if (low.startsWith('a write numbers with decimal point')) {
      if (dp < 0) return complain(diagnose('decimalPlacesNotSet', 'error', card));
      card.text = `A write numbers as 9.${'9'.repeat(dp)}`;
    } else if ((low.startsWith('<') || low.startsWith('>')) && javaTrim(low).length === 1) {
      if (dp < 0) return complain(diagnose('decimalPlacesNotSet', 'error', card));
      card.text = `${text}${dp} . Step count added by attendant`;
    } else if (low.startsWith('n')) {
      const t = tokens(low.slice(1));
      if (t.length !== 2 || !(t[1] as string).includes('.')) continue;
      if (dp < 0) return complain(diagnose('decimalPlacesNotSet', 'error', card));
      const value = expandDecimal(t[1] as string, dp);
      if (value === null) complain(diagnose('decimalNumberUnreadable', 'error', card, { value: t[1] as string }));
      else card.text = `N${t[0] as string} ${value} . Decimal expansion by attendant`;
    }
  }
}

/**
 * Writes a decimal number as a whole number of `dp`-place units, rounding half
 * away from zero at `dp` places (a project decision: the reference loses leading
 * zeros when it rounds). Text the Engine cannot read as a number is passed on as
 * the reference does, and becomes 0 when the card runs; `null` where the
 * reference would crash.
 */
export function expandDecimal(v: string, dp: number): string | null {
  const dot = v.indexOf('.');
  const whole = v.slice(0, dot);
  const frac = v.slice(dot + 1);
  const keep = frac.slice(0, dp);
  const next = frac.charAt(dp);
  const up = frac.length > dp && next >= '5' && next <= '9';
  const m = /^(\+?-?)([0-9]*)$/.exec(whole);
  if (m && /^[0-9]*$/.test(keep)) {
    if (up) return (m[1] as string) + increment((m[2] as string) + keep);
    return whole + keep.padEnd(dp, '0');
  }
  if (up && dp > 0) {
    if (!/^[+-]?[0-9]+$/.test(keep)) return null;
    return whole + (BigInt(keep) + 1n).toString().padEnd(dp, '0');
  }
  return whole + keep.padEnd(dp, '0');
}

/** Adds one to a string of digits, keeping its width unless it carries out (`099` → `100`). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  const tail = '0'.repeat(digits.length - 1 - i);
  if (i < 0) return `1${tail}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + tail;
}
