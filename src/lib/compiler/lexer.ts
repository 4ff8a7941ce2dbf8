/**
 * The first half of Translation: cutting the source into tokens. As in
 * FLOW-MATIC, punctuation is a word of its own (`.`, `;`, `,`, `(`, `)`), and a
 * hyphen joins words into one name (`PRODUCT-NO`, `READ-ITEM`). The lexer never
 * fails: a symbol such as `+` or an unclosed text becomes a token the parser
 * reports, with a friendly message, when it meets it.
 * @module
 */

/** What kind of word a token is. */
export type TokenKind = 'word' | 'number' | 'string' | 'punct' | 'symbol' | 'bad';

/** Why a `bad` token is bad. */
export type TokenProblem = 'unclosedString' | 'strangeCharacter' | 'singleQuote';

/** One word of the source, with where it is. */
export interface Token {
  kind: TokenKind;
  /** The exact source text. */
  text: string;
  /** Words in upper case (keywords and names ignore case); a text's contents; otherwise the text. */
  value: string;
  /** 1-based line and column (UTF-16 code units) of `start`. */
  line: number;
  column: number;
  /** 0-based offsets into the source; `end` is exclusive. */
  start: number;
  end: number;
  /** Set on `bad` tokens. */
  problem?: TokenProblem;
}

const WORD = /[\p{L}][\p{L}\p{N}-]*/uy;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const PUNCT = '.;,()';
const SYMBOLS = '+-*/=<>×÷';
const QUOTES = '"“”„';

/** Cuts `source` into tokens. Never throws; whitespace is skipped. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value?: string, problem?: TokenProblem) => {
    const text = source.slice(start, end);
    const token: Token = { kind, text, value: value ?? text, line, column: start - lineStart + 1, start, end };
    if (problem) token.problem = problem;
    tokens.push(token);
  };
  while (i < source.length) {
    const c = source[i] ?? '';
    if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const prev = i > 0 ? (source[i - 1] ?? ' ') : ' ';
    const negativeOk = c === '-' && /\d/.test(source[i + 1] ?? '') && /[\s(,]/.test(prev);
    if ((c >= '0' && c <= '9') || negativeOk) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(source);
      const end = i + (m?.[0].length ?? 1);
      push('number', i, end);
      i = end;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(source);
    if (word) {
      const end = i + word[0].length;
      push('word', i, end, word[0].toUpperCase());
      i = end;
      continue;
    }
    if (PUNCT.includes(c)) {
      push('punct', i, i + 1);
      i++;
      continue;
    }
    if (QUOTES.includes(c)) {
      let j = i + 1;
      while (j < source.length && !QUOTES.includes(source[j] ?? '') && source[j] !== '\n' && source[j] !== '\r') j++;
      if (QUOTES.includes(source[j] ?? '')) {
        push('string', i, j + 1, source.slice(i + 1, j));
        i = j + 1;
      } else {
        push('bad', i, j, source.slice(i + 1, j), 'unclosedString');
        i = j;
      }
      continue;
    }
    // One UTF-16 unit, or a whole surrogate pair, so an emoji is one strange character.
    const width = c >= '\ud800' && c <= '\udbff' ? 2 : 1;
    if (SYMBOLS.includes(c)) push('symbol', i, i + 1);
    else push('bad', i, i + width, undefined, c === "'" || c === '‘' || c === '’' ? 'singleQuote' : 'strangeCharacter');
    i += width;
  }
  return tokens;
}
