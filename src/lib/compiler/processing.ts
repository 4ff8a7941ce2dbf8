/**
 * Phase 4, Processing: addresses are filled into the orders, giving the final
 * machine code, each order tied to its statement's place in the source; and
 * the Edited Record, the 1958 compiler's printed account of what it made of
 * each operation (number, verb, first and last address, jumps, constants) —
 * a source map before the word existed.
 * @module
 */
import { parseDecimal } from './decimal.ts';
import type { Allocation, FileBlock } from './allocation.ts';
import { operandKey } from './allocation.ts';
import type { Place } from './diagnostics.ts';
import type { Glossary } from './glossary.ts';
import { JUMP_ORDERS, orderText, type OpCode } from './orders.ts';
import type { Selection, SymbolicOrder } from './selection.ts';
import { numberValue, textValue, type Value } from './values.ts';

/** An order stored in memory, as SET and the exit switches write them. */
export interface OrderWord {
  kind: 'order';
  op: OpCode;
  address: number;
}

/** What one box of memory can hold. */
export type Cell = Value | OrderWord;

/** One order of the final program, with where it came from. */
export interface MachineOrder {
  address: number;
  op: OpCode;
  operand: number;
  /** As written: `B 512`. */
  text: string;
  /** The statement it belongs to (null: an exit switch or the final stop). */
  statement: number | null;
  line: number;
  column: number;
  span: { start: number; end: number };
  operation: number | null;
  template: string;
  /** Starts a step (see `runtime.ts`). */
  step: boolean;
  untilBody?: number;
  untilDone?: number;
  subject?: string;
}

/** A statement's place and verb, for runtime messages. */
export interface StatementInfo extends Place {
  id: number;
  verb: string;
  operation: number | null;
  /** PERFORM … UNTIL: where the condition is. */
  until?: Place;
}

/** The finished program: code from address 000, the rest of memory's starting contents, and what names mean. */
export interface MachineProgram {
  /** Index = address. */
  orders: MachineOrder[];
  /** Starting contents of the data and constant areas. */
  memory: { address: number; cell: Cell }[];
  /** Address → the name it has in the program (boxes, fields, constants, temporaries). */
  names: Record<number, string>;
  files: FileBlock[];
  /** By statement id. */
  statements: StatementInfo[];
}

/** One line of the Edited Record: one sentence (operation). */
export interface EditedRecordRow {
  operation: number | null;
  verb: string;
  line: number;
  /** First and last address of its code. */
  start: number;
  end: number;
  /** Jumps to other operations or paragraphs: from which order, to which address, and what is there. */
  jumps: { from: number; to: number; operation: number | null; paragraph: string | null }[];
  /** Constants its orders use. */
  constants: { address: number; value: string }[];
}

function place(x: Place): Place {
  return { start: x.start, end: x.end, line: x.line, column: x.column };
}

/** Fills in the addresses and writes the Edited Record. */
export function processProgram(
  selection: Selection,
  allocation: Allocation,
  g: Glossary,
): { program: MachineProgram; editedRecord: EditedRecordRow[] } {
  const end = g.statements[g.statements.length - 1];
  const fallback = end
    ? { ...place(end), start: end.end, column: end.column }
    : { start: 0, end: 0, line: 1, column: 1 };
  const orders: MachineOrder[] = [];
  let k = 0;
  for (const b of selection.blocks) {
    const s = b.statement === null ? undefined : g.byId[b.statement];
    const where = s ? place(s) : fallback;
    for (const item of b.items) {
      if (item.kind !== 'order') continue;
      const address = allocation.orderAddresses[k++] ?? orders.length;
      orders.push(machineOrder(item, address, allocation, b.statement, where, b.operation, b.template));
    }
  }
  const memory: MachineProgram['memory'] = [];
  const names: Record<number, string> = {};
  for (const e of allocation.entries) {
    names[e.address] = e.name;
    if (e.kind === 'item') continue;
    const cell = startingCell(e.value);
    if (cell) memory.push({ address: e.address, cell });
  }
  const statements: StatementInfo[] = [];
  for (const s of g.byId) {
    if (!s) continue;
    const info: StatementInfo = { id: s.id, verb: s.verb, operation: g.operationOf[s.id] ?? null, ...place(s) };
    if (s.type === 'perform' && s.until) info.until = place(s.until);
    statements[s.id] = info;
  }
  const program = { orders, memory, names, files: allocation.files, statements };
  return { program, editedRecord: editedRecord(selection, program, g) };
}

function machineOrder(
  o: SymbolicOrder,
  address: number,
  allocation: Allocation,
  statement: number | null,
  where: Place,
  operation: number | null,
  template: string,
): MachineOrder {
  const key = operandKey(o.operand);
  const operand =
    o.operand.kind === 'none'
      ? 0
      : o.operand.kind === 'label'
        ? (allocation.labels[o.operand.label] ?? 0)
        : (allocation.addresses[key] ?? 0);
  const m: MachineOrder = {
    address,
    op: o.op,
    operand,
    text: orderText(o.op, operand),
    statement,
    line: where.line,
    column: where.column,
    span: { start: where.start, end: where.end },
    operation,
    template,
    step: o.step === true,
  };
  if (o.untilBody !== undefined) m.untilBody = o.untilBody;
  if (o.untilDone !== undefined) m.untilDone = o.untilDone;
  if (o.subject !== undefined) m.subject = o.subject;
  return m;
}

// The memory map writes values as text: `14`, `"HI"`, `U 012`.
function startingCell(value: string | null): Cell | null {
  if (value === null) return null;
  const order = /^U (\d{3})$/.exec(value);
  if (order) return { kind: 'order', op: 'U', address: Number(order[1]) };
  if (value.startsWith('"')) return textValue(value.slice(1, -1));
  const n = parseDecimal(value);
  return n ? numberValue(n) : textValue(value);
}

function editedRecord(selection: Selection, program: MachineProgram, g: Glossary): EditedRecordRow[] {
  const bySentence = new Map<number, MachineOrder[]>();
  for (const o of program.orders) {
    if (o.statement === null) continue;
    const sentence = g.sentenceOf[o.statement] ?? -1;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), o]);
  }
  // Jumps to statements (labels B<position>), not the jumps inside a template.
  const targets = selection.blocks
    .flatMap((b) => b.items)
    .filter((i): i is SymbolicOrder => i.kind === 'order')
    .map((o) => (JUMP_ORDERS.has(o.op) && o.operand.kind === 'label' ? /^B(\d+)$/.exec(o.operand.label) : null));
  return g.sentences.map(({ sentence }, index) => {
    const own = bySentence.get(index) ?? [];
    const jumps = own.flatMap((o) => {
      const m = targets[o.address];
      return m ? [{ from: o.address, to: o.operand, ...jumpTarget(Number(m[1]), g) }] : [];
    });
    const constants = own
      .filter((o) => o.operand >= 800 && o.operand < 900)
      .map((o) => ({ address: o.operand, value: program.names[o.operand] ?? '' }))
      .filter((c, i, all) => all.findIndex((x) => x.address === c.address) === i);
    return {
      operation: sentence.operation,
      verb: sentence.statements[0]?.verb ?? '',
      line: sentence.line,
      start: own[0]?.address ?? 0,
      end: own[own.length - 1]?.address ?? -1,
      jumps,
      constants,
    };
  });
}

// What starts at a jump's target position: an operation, a paragraph, or neither.
function jumpTarget(position: number, g: Glossary) {
  let operation: number | null = null;
  for (const [n, r] of g.operations) if (r.start === position && operation === null) operation = n;
  let paragraph: string | null = null;
  for (const [name, r] of g.paragraphs) if (r.start === position && paragraph === null) paragraph = name;
  return { operation, paragraph };
}
