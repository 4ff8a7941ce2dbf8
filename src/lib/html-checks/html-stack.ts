import type { ScannedTag } from './html-scan.ts';
import { SCOPE_LIMITS } from './html-names.ts';

/** An element as the structure check tracks it. */
export interface OpenElement {
  name: string;
  /** Span of `<name`, which is what messages point at. */
  start: number;
  end: number;
  foreign: boolean;
  /** `implied`: closed by the browser, not by the learner; `explained`: another finding already covers it. */
  state: 'open' | 'closed' | 'implied' | 'explained';
  /** For an implied close: the start tag that forced it. */
  closer?: ScannedTag;
}

/**
 * The stack of open elements, with a count per name so that questions like
 * "is any `<p>` open?" cost nothing when the answer is no. Without the counts,
 * a page nested a few thousand levels deep took quadratic time.
 */
export class OpenStack {
  readonly items: OpenElement[] = [];
  private readonly counts = new Map<string, number>();

  get top(): OpenElement | undefined {
    return this.items[this.items.length - 1];
  }

  push(el: OpenElement): void {
    this.items.push(el);
    this.counts.set(el.name, (this.counts.get(el.name) ?? 0) + 1);
  }

  /** Removes and returns the elements from `index` to the top, bottom first. */
  removeFrom(index: number): OpenElement[] {
    const removed = this.items.splice(index);
    for (const el of removed) this.counts.set(el.name, (this.counts.get(el.name) ?? 1) - 1);
    return removed;
  }

  /** Index of the innermost open element named `name`, or -1. */
  lastIndexOf(name: string): number {
    if (!this.counts.get(name)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i]?.name === name) return i;
    return -1;
  }

  /**
   * Index of the innermost open element with one of `names`, searching down
   * from the top but not past an element in `limits` or the browser's scope
   * limits (`<table>`, `<button>`, `<svg>` …), the way implied closings work.
   */
  findInScope(names: ReadonlySet<string>, limits: ReadonlySet<string>): number {
    if (![...names].some((name) => this.counts.get(name))) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) {
      const el = this.items[i];
      if (!el || el.foreign) return -1;
      if (names.has(el.name)) return i;
      if (limits.has(el.name) || SCOPE_LIMITS.has(el.name)) return -1;
    }
    return -1;
  }
}

/**
 * Answers "does the rest of the file close a `<name>`?" for any position: true
 * when more `</name>` than `<name>` follow tag number `from`. Built once, in
 * one pass, so each answer is a lookup rather than a scan of the remaining tags.
 */
export function closesLater(tags: readonly ScannedTag[]): (name: string, from: number) => boolean {
  // For each name: tag positions and, after each, the running balance of end minus start tags.
  const index = new Map<string, { at: number[]; balance: number[] }>();
  tags.forEach((tag, i) => {
    if (tag.foreign) return;
    const entry = index.get(tag.name) ?? { at: [], balance: [] };
    const before = entry.balance[entry.balance.length - 1] ?? 0;
    entry.at.push(i);
    entry.balance.push(before + (tag.kind === 'end' ? 1 : -1));
    index.set(tag.name, entry);
  });
  return (name, from) => {
    const entry = index.get(name);
    if (!entry) return false;
    // Binary search for the last position before `from`.
    let lo = 0;
    let hi = entry.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((entry.at[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    const total = entry.balance[entry.balance.length - 1] ?? 0;
    const upTo = lo > 0 ? (entry.balance[lo - 1] ?? 0) : 0;
    return total - upTo > 0;
  };
}
