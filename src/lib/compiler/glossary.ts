/**
 * Translation's glossary: where every statement, operation and paragraph
 * sits, which boxes and files exist, and which jumps are used. Selection and
 * the interpreter both work from this layout, so they agree on what "the next
 * statement" and "the end of a paragraph" mean.
 *
 * Positions count top-level statements in order (statements inside an IF
 * share their IF's position). A range such as a paragraph is `[start, end)`.
 * @module
 */
import type { DataEntry, FileName, ParagraphHeading, ProgramNode, Sentence, Span, Statement } from './syntax.ts';

/** A file named by INPUT or OUTPUT. */
export interface FileDeclaration {
  letter: string;
  name: string;
  direction: 'input' | 'output';
  /** Where it was declared. */
  place: Span;
  /** Fields the program names, like `UNIT-PRICE` in `UNIT-PRICE (B)`, in order of first use. */
  fields: string[];
}

/** A numbered operation or a paragraph: the statements `[start, end)`. */
export interface Range {
  start: number;
  end: number;
  place: Span;
}

/** The layout of a program. */
export interface Glossary {
  /** Top-level statements; index = position. */
  statements: Statement[];
  /** Every statement (nested ones too), by id. */
  byId: Statement[];
  /** For each statement id: its position, sentence index and operation number. */
  positionOf: number[];
  sentenceOf: number[];
  operationOf: (number | null)[];
  /** The sentences, with the positions of their statements. */
  sentences: { sentence: Sentence; start: number; end: number }[];
  /** Operation number → its sentence's statements. */
  operations: Map<number, Range>;
  /** Paragraph name → its statements up to the next heading. */
  paragraphs: Map<string, Range>;
  /** Headings in order, with their positions. */
  headings: { heading: ParagraphHeading; position: number }[];
  /** Boxes in order of first appearance (DATA entries first). */
  boxes: string[];
  /** The DATA entries, as written. */
  data: DataEntry[];
  /** Files by letter, in order of declaration. */
  files: Map<string, FileDeclaration>;
  /** Positions where a PERFORM or EXECUTE range ends (each gets an exit switch). */
  exits: number[];
}

/** Calls `visit` on every statement, nested ones right after their IF. */
export function eachStatement(list: readonly Statement[], visit: (s: Statement) => void): void {
  for (const s of list) {
    visit(s);
    if (s.type === 'if') {
      eachStatement(s.then, visit);
      if (s.otherwise) eachStatement(s.otherwise, visit);
    }
  }
}

/** Builds the layout. It does not check meaning (see `check.ts`); unknown targets are simply absent. */
export function buildGlossary(tree: ProgramNode): Glossary {
  const g: Glossary = {
    statements: [],
    byId: [],
    positionOf: [],
    sentenceOf: [],
    operationOf: [],
    sentences: [],
    operations: new Map(),
    paragraphs: new Map(),
    headings: [],
    boxes: tree.data.map((d) => d.name).filter((n, i, all) => all.indexOf(n) === i),
    data: tree.data,
    files: new Map(),
    exits: [],
  };
  for (const item of tree.body) {
    if (item.type === 'paragraph') {
      g.headings.push({ heading: item, position: g.statements.length });
      continue;
    }
    const start = g.statements.length;
    const sentenceIndex = g.sentences.length;
    for (const s of item.statements) {
      const position = g.statements.length;
      g.statements.push(s);
      eachStatement([s], (inner) => {
        g.byId[inner.id] = inner;
        g.positionOf[inner.id] = position;
        g.sentenceOf[inner.id] = sentenceIndex;
        g.operationOf[inner.id] = item.operation;
      });
    }
    g.sentences.push({ sentence: item, start, end: g.statements.length });
    if (item.operation !== null && !g.operations.has(item.operation)) {
      g.operations.set(item.operation, { start, end: g.statements.length, place: item });
    }
  }
  g.headings.forEach(({ heading, position }, i) => {
    const end = g.headings[i + 1]?.position ?? g.statements.length;
    if (!g.paragraphs.has(heading.name)) g.paragraphs.set(heading.name, { start: position, end, place: heading });
  });
  const boxes = new Set(g.boxes);
  const exits = new Set<number>();
  eachStatement(g.statements, (s) => {
    for (const t of assigned(s)) {
      if (t.type === 'name' && !boxes.has(t.name)) {
        boxes.add(t.name);
        g.boxes.push(t.name);
      }
    }
    if (s.type === 'input' || s.type === 'output') declareFiles(g, s.files, s.type);
    if (s.type === 'perform') {
      const p = g.paragraphs.get(s.paragraph.name);
      if (p && p.end > p.start) exits.add(p.end);
    }
    if (s.type === 'execute') {
      const to = g.operations.get((s.through ?? s.from).number);
      if (to) exits.add(to.end);
    }
  });
  eachStatement(g.statements, (s) => {
    for (const v of valuesOf(s)) {
      if (v.type === 'field') {
        const f = g.files.get(v.file);
        if (f && !f.fields.includes(v.name)) f.fields.push(v.name);
      }
    }
  });
  g.exits = [...exits].sort((a, b) => a - b);
  return g;
}

function declareFiles(g: Glossary, files: FileName[], direction: 'input' | 'output'): void {
  for (const f of files) {
    if (!g.files.has(f.letter))
      g.files.set(f.letter, { letter: f.letter, name: f.name, direction, place: f, fields: [] });
  }
}

/** The boxes and fields a statement puts a value into. */
export function assigned(s: Statement) {
  switch (s.type) {
    case 'move':
      return s.targets;
    case 'add':
    case 'subtract':
    case 'multiply':
      return s.giving ? [s.giving] : [];
    case 'divide':
      return s.remainder ? [s.giving, s.remainder] : [s.giving];
    case 'accept':
      return [s.target];
    default:
      return [];
  }
}

/** Every value a statement mentions (read or written), nested statements excluded. */
export function valuesOf(s: Statement) {
  switch (s.type) {
    case 'display':
      return s.values;
    case 'move':
      return [s.value, ...s.targets];
    case 'add':
      return [...s.values, s.to, ...(s.giving ? [s.giving] : [])];
    case 'subtract':
      return [...s.values, s.from, ...(s.giving ? [s.giving] : [])];
    case 'multiply':
      return [s.value, s.by, ...(s.giving ? [s.giving] : [])];
    case 'divide':
      return [s.value, s.by, s.giving, ...(s.remainder ? [s.remainder] : [])];
    case 'if':
      return [s.condition.left, s.condition.right];
    case 'compare':
      return [s.left, s.right];
    case 'perform':
      return [...(s.times ? [s.times] : []), ...(s.until ? [s.until.left, s.until.right] : [])];
    case 'accept':
      return [s.target];
    default:
      return [];
  }
}

/** The values a statement reads (before it writes anything). */
export function readsOf(s: Statement) {
  const written = new Set<unknown>(assigned(s));
  return valuesOf(s).filter((v) => !written.has(v));
}
