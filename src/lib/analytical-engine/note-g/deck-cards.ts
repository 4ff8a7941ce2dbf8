/**
 * Card-level helpers for generated decks: labels for combinatorial cards, resolved into
 * Fourmilab's counted skips, and a reader that keeps only the cards that do something.
 */

/** One card, a place a skip can land on, or a skip to a label. */
export type Card = { text: string } | { label: string } | { text: 'CF?' | 'CB?'; to: string; note: string };

/**
 * Turns labelled skips into `CF?k` / `CB?k`. Fourmilab counts every card, comments too:
 * `CF?k` skips the k cards after it; `CB?k` resumes k − 1 cards before itself, so it counts
 * itself.
 */
export function layOut(cards: readonly Card[]): string {
  const placed: Card[] = [];
  const labels = new Map<string, number>();
  for (const card of cards) {
    if ('label' in card) labels.set(card.label, placed.length);
    else placed.push(card);
  }
  const lines = placed.map((card, position) => {
    if (!('to' in card)) return (card as { text: string }).text;
    const target = labels.get(card.to);
    if (target === undefined) throw new Error(`No card is labelled ${card.to}.`);
    const k = card.text === 'CF?' ? target - position - 1 : position + 1 - target;
    return `${card.text}${k} . ${card.note}`;
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The cards of a deck that do something: comment cards (a first `.` or space) and blank
 * cards removed, trailing `. ` comments cut. Two decks with the same program have the same
 * number of these, whatever they say in their comments.
 */
export function deckCards(deck: string): string[] {
  return deck
    .split(/\r\n|\r|\n/)
    .filter((card) => card !== '' && !card.startsWith('.') && !card.startsWith(' '))
    .map((card) => {
      const cut = card.startsWith('A') ? -1 : card.indexOf('. ', 1);
      return cut > 0 ? card.slice(0, cut).trim() : card;
    });
}
