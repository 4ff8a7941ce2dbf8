import { lexer } from 'css-tree';
import { closest } from './distance.ts';

// Properties learners meet first; listed first so they win ties when suggesting.
const COMMON_PROPERTIES = `color background-color background font-family font-size font-weight font-style text-align
  text-decoration text-transform line-height letter-spacing margin padding border border-radius border-color
  width height max-width min-height display gap flex-direction flex-wrap justify-content align-items
  list-style box-shadow opacity position top left right bottom transform transition`;

/** Things learners write that are not properties, and the property they mean. */
const PROPERTY_ALIASES: Readonly<Record<string, string>> = {
  'font-color': 'color',
  'font-colour': 'color',
  'text-color': 'color',
  'text-colour': 'color',
  bgcolor: 'background-color',
  'bg-color': 'background-color',
  'background-colour': 'background-color',
  align: 'text-align',
  'text-size': 'font-size',
  'font-bold': 'font-weight',
  'text-font': 'font-family',
  spacing: 'letter-spacing',
};

/** Keywords learners write that are not CSS, and the keyword they mean. */
const VALUE_ALIASES: Readonly<Record<string, string>> = { middle: 'center', centre: 'center', flexbox: 'flex' };

interface SyntaxNode {
  type: string;
  name?: string;
  terms?: SyntaxNode[];
  term?: SyntaxNode;
}

let propertyNames: string[] | undefined;
const keywordCache = new Map<string, string[]>();
const suggestionCache = new Map<string, string | undefined>();

/** True when css-tree knows `name` as a property (custom properties count). */
export function isKnownProperty(name: string): boolean {
  // getProperty, not checkPropertyName: the latter builds an Error (with a stack trace) per unknown name.
  return name.startsWith('--') || lexer.getProperty(name) !== null;
}

/** The property the learner probably meant by an unknown `name`, if one is close. */
export function suggestProperty(name: string): string | undefined {
  const alias = PROPERTY_ALIASES[name];
  if (alias) return alias;
  if (suggestionCache.has(name)) return suggestionCache.get(name);
  // Bounded, so a long session of typing cannot grow it without end.
  if (suggestionCache.size > 500) suggestionCache.clear();
  const suggestion = closest(name, allPropertyNames());
  suggestionCache.set(name, suggestion);
  return suggestion;
}

function allPropertyNames(): string[] {
  if (!propertyNames) {
    // `properties` is a public field of css-tree's Lexer that its type definitions leave out.
    const table = (lexer as unknown as { properties?: Record<string, unknown> }).properties ?? {};
    const common = COMMON_PROPERTIES.split(/\s+/);
    const rest = Object.keys(table).filter((p) => !p.startsWith('-') && !common.includes(p));
    propertyNames = [...common, ...rest];
  }
  return propertyNames;
}

/** Every keyword the syntax of `property` allows (e.g. `flex`, `grid` for `display`), cached. */
export function keywordsOf(property: string): string[] {
  let cached = keywordCache.get(property);
  if (!cached) {
    const found = new Set<string>();
    collect(lexer.getProperty(property)?.syntax as SyntaxNode | undefined, found, new Set(), 0);
    cached = [...found].filter((k) => !k.startsWith('-'));
    keywordCache.set(property, cached);
  }
  return cached;
}

function collect(node: SyntaxNode | null | undefined, out: Set<string>, seen: Set<string>, depth: number): void {
  // Type references nest deeply (display → display-outside → …); the limits keep this cheap and finite.
  if (!node || depth > 12 || out.size > 2000) return;
  if (node.type === 'Keyword' && node.name) out.add(node.name.toLowerCase());
  for (const term of node.terms ?? []) collect(term, out, seen, depth + 1);
  if (node.term) collect(node.term, out, seen, depth + 1);
  if ((node.type === 'Type' || node.type === 'Property') && node.name && !seen.has(node.name)) {
    seen.add(node.name);
    const ref = node.type === 'Type' ? lexer.getType(node.name) : lexer.getProperty(node.name);
    collect(ref?.syntax as SyntaxNode | undefined, out, seen, depth + 1);
  }
}

/** The keyword the learner probably meant by `value` for `property` (`flexbox` → `flex`), if any. */
export function suggestKeyword(property: string, value: string): string | undefined {
  const word = value.trim().toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(word)) return undefined;
  const keywords = keywordsOf(property);
  const alias = VALUE_ALIASES[word];
  if (alias && keywords.includes(alias)) return alias;
  // `inline-blocks`, `flexbox`: a real keyword with something stuck on the end.
  const prefix = keywords.filter((k) => k.length >= 3 && word.startsWith(k)).sort((a, b) => b.length - a.length)[0];
  return prefix ?? closest(word, keywords);
}
