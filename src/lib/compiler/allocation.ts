/**
 * Phase 3, Allocation: every order, box, field, constant and temporary gets
 * its address in the machine's 1000 boxes.
 *
 * | Addresses | What lives there |
 * | --- | --- |
 * | 000–499 | code, one order per box |
 * | 500–799 | named data: boxes, then a block of 16 boxes per file for its current item |
 * | 800–899 | constants, each value once |
 * | 900–999 | temporaries (PERFORM … TIMES counters) |
 * @module
 */
import { formatDecimal } from './decimal.ts';
import { diagnostic, type CompilerDiagnostic, type Place } from './diagnostics.ts';
import { FIELD_SLOTS } from './files.ts';
import type { Glossary } from './glossary.ts';
import { addressText } from './orders.ts';
import { constantText, type ConstantValue, type Operand, type Selection, type SymbolicOrder } from './selection.ts';

/** The four areas of memory: first address and size. */
export const AREAS = {
  code: { start: 0, size: 500 },
  data: { start: 500, size: 300 },
  constant: { start: 800, size: 100 },
  temporary: { start: 900, size: 100 },
} as const;

/** One entry of the memory map. */
export interface MemoryEntry {
  address: number;
  /** How many boxes it takes (16 for a file's item block). */
  size: number;
  area: 'data' | 'constant' | 'temporary';
  kind: 'box' | 'field' | 'item' | 'constant' | 'temporary';
  /** `COOKIES`, `UNIT-PRICE (B)`, `INVENTORY (A)`, `5`, `"HI"`, `T4`. */
  name: string;
  /** The value it starts with (DATA entries and constants), as text; null when it starts empty. */
  value: string | null;
  /** Statements that use it (ids and lines). */
  usedBy: { statement: number; line: number }[];
}

/** Where a file's current item lives. */
export interface FileBlock {
  letter: string;
  name: string;
  direction: 'input' | 'output';
  /** Where INPUT or OUTPUT declared it. */
  place: Place;
  base: number;
  /** The fields the program names, each with its fixed box; other fields fill the block's next free boxes. */
  named: { field: string; address: number }[];
}

/** Allocation's result. */
export interface Allocation {
  /** The data, constant and temporary areas, by address. */
  entries: MemoryEntry[];
  /** Label → code address. */
  labels: Record<string, number>;
  /** Each Selection block's code addresses `[start, end]` (end inclusive; start > end when it has no orders). */
  code: { block: number; statement: number | null; template: string; start: number; end: number }[];
  /** The address of each order, in Selection's order. */
  orderAddresses: number[];
  files: FileBlock[];
  /** Key of an operand (see `operandKey`) → address. */
  addresses: Record<string, number>;
  diagnostics: CompilerDiagnostic[];
}

/** A stable key for what an operand names, used to look up its address. */
export function operandKey(o: Operand): string {
  switch (o.kind) {
    case 'none':
      return 'none';
    case 'box':
      return `box:${o.name}`;
    case 'field':
      return `field:${o.file}:${o.name}`;
    case 'constant':
      return `constant:${constantKey(o.value)}`;
    case 'temporary':
      return `temporary:${o.name}`;
    case 'label':
      return `label:${o.label}`;
    case 'file':
      return `file:${o.file}`;
  }
}

function constantKey(v: ConstantValue): string {
  return `${v.kind}:${v.kind === 'order' ? v.label : v.text}`;
}

/** Assigns addresses. Diagnostics say which area ran out, at the statement that did not fit. */
export function allocate(selection: Selection, g: Glossary): Allocation {
  const a: Allocation = {
    entries: [],
    labels: {},
    code: [],
    orderAddresses: [],
    files: [],
    addresses: {},
    diagnostics: [],
  };
  const placeOf = (statement: number | null) => {
    const s = statement === null ? undefined : g.byId[statement];
    return s ?? g.statements[g.statements.length - 1] ?? { start: 0, end: 0, line: 1, column: 1 };
  };
  let next = AREAS.code.start;
  selection.blocks.forEach((b, index) => {
    const start = next;
    for (const item of b.items) {
      if (item.kind === 'label') a.labels[item.label] = next;
      else a.orderAddresses.push(next++);
    }
    a.code.push({ block: index, statement: b.statement, template: b.template, start, end: next - 1 });
  });
  if (next > AREAS.code.size) {
    const over = a.code.find((c) => c.end >= AREAS.code.size);
    a.diagnostics.push(diagnostic('programTooLong', placeOf(over?.statement ?? null), { max: AREAS.code.size }));
  }
  const used = new Map<string, MemoryEntry>();
  const area = (kind: keyof typeof AREAS) => {
    let at = AREAS[kind].start;
    return (size: number) => {
      const address = at;
      at += size;
      return at <= AREAS[kind].start + AREAS[kind].size ? address : -1;
    };
  };
  const nextData = area('data');
  const add = (key: string, entry: Omit<MemoryEntry, 'usedBy'>, statement: number | null) => {
    const e = { ...entry, usedBy: [] };
    if (entry.address >= 0) a.entries.push(e);
    used.set(key, e);
    a.addresses[key] = entry.address;
    if (entry.address < 0) {
      const code =
        entry.area === 'data' ? 'tooManyBoxes' : entry.area === 'constant' ? 'tooManyConstants' : 'tooManyTemporaries';
      if (!a.diagnostics.some((d) => d.code === code)) {
        a.diagnostics.push(diagnostic(code, placeOf(statement), { max: AREAS[entry.area].size }));
      }
    }
  };
  // DATA values in their plain form (the first entry wins; a second one is an error anyway).
  const initial = new Map<string, string>();
  for (const d of [...g.data].reverse()) {
    initial.set(d.name, d.value.type === 'number' ? formatDecimal(d.value.value) : `"${d.value.value}"`);
  }
  for (const name of g.boxes) {
    const value = initial.get(name) ?? null;
    add(`box:${name}`, { address: nextData(1), size: 1, area: 'data', kind: 'box', name, value }, null);
  }
  for (const f of g.files.values()) {
    if (f.fields.length > FIELD_SLOTS) {
      a.diagnostics.push(diagnostic('tooManyFields', f.place, { file: f.name, max: FIELD_SLOTS }));
    }
    const base = nextData(FIELD_SLOTS);
    const block: FileBlock = {
      letter: f.letter,
      name: f.name,
      direction: f.direction,
      place: f.place,
      base,
      named: [],
    };
    a.files.push(block);
    add(
      `file:${f.letter}`,
      { address: base, size: FIELD_SLOTS, area: 'data', kind: 'item', name: `${f.name} (${f.letter})`, value: null },
      null,
    );
    f.fields.slice(0, FIELD_SLOTS).forEach((field, i) => {
      const address = base < 0 ? -1 : base + i;
      block.named.push({ field, address });
      add(
        `field:${f.letter}:${field}`,
        { address, size: 1, area: 'data', kind: 'field', name: `${field} (${f.letter})`, value: null },
        null,
      );
    });
  }
  const nextConstant = area('constant');
  const nextTemporary = area('temporary');
  const orders = selection.blocks.flatMap((b) =>
    b.items.filter((i): i is SymbolicOrder => i.kind === 'order').map((o) => ({ o, b })),
  );
  for (const { o, b } of orders) {
    const key = operandKey(o.operand);
    if (o.operand.kind === 'constant' && !used.has(key)) {
      const v = o.operand.value;
      const value = v.kind === 'order' ? `U ${addressText(a.labels[v.label] ?? 0)}` : constantText(v);
      const name = v.kind === 'order' ? value : constantText(v);
      add(key, { address: nextConstant(1), size: 1, area: 'constant', kind: 'constant', name, value }, b.statement);
    }
    if (o.operand.kind === 'temporary' && !used.has(key)) {
      add(
        key,
        { address: nextTemporary(1), size: 1, area: 'temporary', kind: 'temporary', name: o.operand.name, value: null },
        b.statement,
      );
    }
    const entry = used.get(key);
    const s = b.statement === null ? undefined : g.byId[b.statement];
    // Orders come statement by statement, so a repeat is always the last one listed.
    if (entry && s && entry.usedBy[entry.usedBy.length - 1]?.statement !== s.id) {
      entry.usedBy.push({ statement: s.id, line: s.line });
    }
  }
  a.entries.sort((x, y) => x.address - y.address);
  return a;
}
