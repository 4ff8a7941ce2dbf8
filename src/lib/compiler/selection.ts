/**
 * Phase 2, Selection: for each statement, the code template ("generator")
 * chosen from the library — the A-0 idea of a program as calls on a library
 * of routines — with its orders still naming boxes, constants and labels
 * instead of addresses. Allocation gives those names addresses.
 *
 * Labels: `B<p>` is the entry of top-level position p, `X<p>` the exit switch
 * before it (only where a PERFORM or EXECUTE range ends), `E<id>` the point
 * just after statement id (where control falls through, through the exit
 * switch), and `S<id>:…` labels inside one template.
 * @module
 */
import { formatDecimal } from './decimal.ts';
import type { Glossary } from './glossary.ts';
import type { OpCode } from './orders.ts';
import { emitStatement } from './templates.ts';

/** A constant the program needs: a number, a text, or an order word (for SET and exit switches). */
export type ConstantValue =
  { kind: 'number'; text: string } | { kind: 'text'; text: string } | { kind: 'order'; op: 'U'; label: string };

/** What an order's address names before Allocation. */
export type Operand =
  | { kind: 'none' }
  | { kind: 'box'; name: string }
  | { kind: 'field'; name: string; file: string }
  | { kind: 'constant'; value: ConstantValue }
  | { kind: 'temporary'; name: string }
  | { kind: 'label'; label: string }
  | { kind: 'file'; file: string };

/** An order with a symbolic operand, and what the machine needs to know about it. */
export interface SymbolicOrder {
  kind: 'order';
  op: OpCode;
  operand: Operand;
  /** Starts a step: a statement begins, or a PERFORM loop tests again. */
  step?: true;
  /** R of a PERFORM … UNTIL (statement id): its loop is going round. */
  untilBody?: number;
  /** A jump out of a PERFORM … UNTIL (statement id) loop: it is done when this jump is taken. */
  untilDone?: number;
  /** The source name a runtime message should use (the divisor of D, the box of IN). */
  subject?: string;
}

/** A label: the address of the next order. */
export interface LabelItem {
  kind: 'label';
  label: string;
}

/** The template chosen for one statement (or an exit switch, or the final stop). */
export interface SelectedBlock {
  /** The statement's id; null for exit switches and the end of the program. */
  statement: number | null;
  line: number;
  operation: number | null;
  verb: string;
  /** The template's name, e.g. `add-giving`, `if-not-less`, `perform-until`. */
  template: string;
  items: (SymbolicOrder | LabelItem)[];
}

/** Selection's result: the blocks in the order their code is laid out. */
export interface Selection {
  blocks: SelectedBlock[];
}

/** How an operand is written before it has an address: `COOKIES`, `PRODUCT-NO (A)`, `=5`, `→B12`. */
export function operandText(o: Operand): string {
  switch (o.kind) {
    case 'none':
      return '';
    case 'box':
      return o.name;
    case 'field':
      return `${o.name} (${o.file})`;
    case 'constant':
      return `=${constantText(o.value)}`;
    case 'temporary':
      return o.name;
    case 'label':
      return `→${o.label}`;
    case 'file':
      return `FILE ${o.file}`;
  }
}

/** An order before Allocation, as written: `B COOKIES`, `A =5`, `U →B3`, `PL`. */
export function symbolicText(o: SymbolicOrder): string {
  const operand = operandText(o.operand);
  return operand ? `${o.op} ${operand}` : o.op;
}

/** How a constant is written: `5`, `"HI"`, `U →B12`. */
export function constantText(v: ConstantValue): string {
  return v.kind === 'number' ? v.text : v.kind === 'text' ? `"${v.text}"` : `U →${v.label}`;
}

/** Chooses the templates for every statement of a translated program. */
export function select(g: Glossary): Selection {
  const blocks: SelectedBlock[] = [];
  const exits = new Set(g.exits);
  const n = g.statements.length;
  for (let p = 0; p <= n; p++) {
    const before = g.statements[p - 1];
    if (exits.has(p)) {
      blocks.push({
        statement: null,
        line: before?.line ?? 1,
        operation: null,
        verb: '',
        template: 'exit-switch',
        items: [
          { kind: 'label', label: `X${p}` },
          { kind: 'order', op: 'U', operand: { kind: 'label', label: `B${p}` } },
        ],
      });
    }
    const s = g.statements[p];
    if (!s) continue;
    const emitted = emitStatement(g, s);
    emitted[0]?.items.unshift({ kind: 'label', label: `B${p}` });
    blocks.push(...emitted);
  }
  const last = g.statements[n - 1];
  blocks.push({
    statement: null,
    line: last?.line ?? 1,
    operation: null,
    verb: '',
    template: 'end',
    items: [
      { kind: 'label', label: `B${n}` },
      { kind: 'order', op: 'ST', operand: { kind: 'none' } },
    ],
  });
  return { blocks };
}

/** A number constant operand. */
export function numberConstant(text: string): Operand {
  return { kind: 'constant', value: { kind: 'number', text } };
}

/** The constant 0, which PERFORM … TIMES counts down to. */
export const ZERO_CONSTANT = numberConstant(formatDecimal({ units: 0n, scale: 0 }));

/** The constant 1: the step of a PERFORM … TIMES counter, and READ-ITEM's end-of-data flag. */
export const ONE_CONSTANT = numberConstant('1');
