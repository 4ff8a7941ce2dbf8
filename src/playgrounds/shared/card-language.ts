// Highlighting for Analytical Engine card decks: one card per line, so each line
// is classified whole by the Engine's own card reader (cardKind in src/lib).
import { LanguageSupport, StreamLanguage, type StringStream } from '@codemirror/language';
import { cardKind } from '~/lib/analytical-engine/kind';

/** Highlighting tag of each kind of card (names from @lezer/highlight's legacy mapping). */
const TOKEN: Record<ReturnType<typeof cardKind>, string | null> = {
  number: 'number',
  operation: 'operator',
  variable: 'variableName',
  stepping: 'operator',
  combinatorial: 'keyword',
  action: 'keyword',
  trace: 'meta',
  curve: 'keyword',
  attendant: 'string',
  block: 'bracket',
  comment: 'comment',
  blank: null,
  unknown: 'invalid',
};

const cardsLanguage = StreamLanguage.define<null>({
  name: 'cards',
  startState: () => null,
  token(stream: StringStream): string | null {
    // Read the whole line as one card.
    const line = stream.string;
    stream.skipToEnd();
    return TOKEN[cardKind(line)];
  },
  // A ( or { card stands alone on its line: typing one must not add its partner.
  languageData: { commentTokens: { line: '.' }, closeBrackets: { brackets: [] } },
});

/** The card language, for the deck editor. */
export function cards(): LanguageSupport {
  return new LanguageSupport(cardsLanguage);
}
