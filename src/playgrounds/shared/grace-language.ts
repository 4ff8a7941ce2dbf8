// Highlighting for GRACE, the beginner language of the compiler playground
// (English words, punctuation as words), and the FLOW-MATIC verbs it includes.
import { LanguageSupport, StreamLanguage, type StringStream } from '@codemirror/language';
import { KEYWORDS } from '~/lib/compiler/keywords';

const keywords = new Set(KEYWORDS.map((k) => k.toUpperCase()));

const graceLanguage = StreamLanguage.define<null>({
  name: 'grace',
  startState: () => null,
  token(stream: StringStream): string | null {
    if (stream.eatSpace()) return null;
    if (stream.match(/^"[^"]*"?/)) return 'string';
    // An operation number at the start of a sentence, as in FLOW-MATIC: (12)
    if (stream.match(/^\(\d+\)/)) return 'labelName';
    // A file letter after a field name: PRODUCT-NO (A)
    if (stream.match(/^\([A-Za-z]\)/)) return 'meta';
    if (stream.match(/^-?\d+(\.\d+)?/)) return 'number';
    const word = stream.match(/^[A-Za-z][A-Za-z0-9-]*/);
    if (word && typeof word !== 'boolean') return keywords.has(word[0].toUpperCase()) ? 'keyword' : 'variableName';
    if (stream.match(/^[.;,()]/)) return 'punctuation';
    // Symbols such as + or =: the language uses words instead, and the compiler says so.
    stream.next();
    return 'invalid';
  },
  languageData: { closeBrackets: { brackets: ['"'] } },
});

/** The GRACE language, for the compiler playground's editor. */
export function grace(): LanguageSupport {
  return new LanguageSupport(graceLanguage);
}
