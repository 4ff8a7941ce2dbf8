/**
 * The template library Selection chooses from: one generator per kind of
 * statement. Each reads its operands left to right (DIVIDE reads the divisor
 * first, as `L` must be loaded before `D`), and the interpreter reads them in
 * the same order.
 * @module
 */
import { formatDecimal } from './decimal.ts';
import type { Glossary } from './glossary.ts';
import type { OpCode } from './orders.ts';
import {
  ONE_CONSTANT,
  ZERO_CONSTANT,
  type LabelItem,
  type Operand,
  type SelectedBlock,
  type SymbolicOrder,
} from './selection.ts';
import {
  valueLabel,
  type Condition,
  type JumpTarget,
  type Statement,
  type TargetNode,
  type ValueNode,
} from './syntax.ts';

type Item = SymbolicOrder | LabelItem;

function order(op: OpCode, operand: Operand = { kind: 'none' }, extra: Partial<SymbolicOrder> = {}): SymbolicOrder {
  return { kind: 'order', op, operand, ...extra };
}

function label(name: string): LabelItem {
  return { kind: 'label', label: name };
}

function to(name: string): Operand {
  return { kind: 'label', label: name };
}

/** The operand that reads a value: a constant, a box or a field. */
export function valueOperand(v: ValueNode): Operand {
  switch (v.type) {
    case 'number':
      return { kind: 'constant', value: { kind: 'number', text: formatDecimal(v.value) } };
    case 'text':
    case 'word':
      return { kind: 'constant', value: { kind: 'text', text: v.value } };
    case 'name':
      return { kind: 'box', name: v.name };
    case 'field':
      return { kind: 'field', name: v.name, file: v.file };
  }
}

function targetOperand(t: TargetNode | ValueNode): Operand {
  return valueOperand(t);
}

function jumpLabel(g: Glossary, t: JumpTarget): string {
  const range = t.kind === 'operation' ? g.operations.get(t.number) : g.paragraphs.get(t.name);
  return `B${range?.start ?? g.statements.length}`;
}

/**
 * Orders for a condition: jump to `whenTrue` if it holds, or to `whenFalse`
 * if it does not (exactly one is given; the other way falls through).
 * Returns the template suffix, e.g. `not-less`.
 */
function test(
  c: Condition,
  skip: string,
  whenTrue: string | null,
  whenFalse: string | null,
  out: Item[],
  done?: number,
) {
  const left = valueOperand(c.left);
  const right = valueOperand(c.right);
  // T jumps when A > L, Q when A = L; for LESS the sides swap registers.
  if (c.relation === 'less') out.push(order('L', left), order('B', right));
  else out.push(order('B', left), order('L', right));
  const jump: OpCode = c.relation === 'equal' ? 'Q' : 'T';
  const meta = done === undefined ? {} : { untilDone: done };
  // The raw jump fires when the relation holds; NOT turns the condition around.
  const rawTarget = c.negated ? whenFalse : whenTrue;
  if (rawTarget !== null) out.push(order(jump, to(rawTarget), rawTarget === whenTrue ? meta : {}));
  else {
    out.push(order(jump, to(skip)));
    out.push(order('U', to((c.negated ? whenTrue : whenFalse) ?? skip), c.negated ? meta : {}));
    out.push(label(skip));
  }
  return `${c.negated ? 'not-' : ''}${c.relation}`;
}

function block(s: Statement, g: Glossary, template: string, items: Item[]): SelectedBlock {
  const first = items.find((i): i is SymbolicOrder => i.kind === 'order');
  if (first) first.step = true;
  return { statement: s.id, line: s.line, operation: g.operationOf[s.id] ?? null, verb: s.verb, template, items };
}

function performOrders(start: number, end: number, until?: number): Item[] {
  return [
    order('R', to(`X${end}`), until === undefined ? {} : { untilBody: until }),
    order('U', to(`B${start}`)),
    order('B', { kind: 'constant', value: { kind: 'order', op: 'U', label: `B${end}` } }),
    order('C', to(`X${end}`)),
  ];
}

/** The blocks for one statement (an IF brings its inner statements' blocks along). */
export function emitStatement(g: Glossary, s: Statement): SelectedBlock[] {
  const end = `E${s.id}`;
  const simple = (template: string, items: Item[]) => [block(s, g, template, [...items, label(end)])];
  switch (s.type) {
    case 'display':
      return simple('display', [...s.values.map((v) => order('PR', valueOperand(v))), order('PL')]);
    case 'move': {
      const stores = s.targets.map((t, i) => order(i === s.targets.length - 1 ? 'C' : 'H', targetOperand(t)));
      return simple('move', [order('B', valueOperand(s.value)), ...stores]);
    }
    case 'add':
    case 'subtract': {
      const base = s.type === 'add' ? s.to : s.from;
      const op: OpCode = s.type === 'add' ? 'A' : 'S';
      const items = [order('B', valueOperand(base)), ...s.values.map((v) => order(op, valueOperand(v)))];
      return simple(s.giving ? `${s.type}-giving` : s.type, [...items, order('C', targetOperand(s.giving ?? base))]);
    }
    case 'multiply':
      return simple(s.giving ? 'multiply-giving' : 'multiply', [
        order('L', valueOperand(s.value)),
        order('M', valueOperand(s.by)),
        order('C', targetOperand(s.giving ?? s.by)),
      ]);
    case 'divide': {
      const subject = valueLabel(s.by);
      const items = [
        order('L', valueOperand(s.by)),
        order(s.remainder ? 'DW' : 'D', valueOperand(s.value), { subject }),
      ];
      items.push(order('C', targetOperand(s.giving)));
      if (s.remainder) items.push(order('J', targetOperand(s.remainder)));
      return simple(s.remainder ? 'divide-remainder' : 'divide', items);
    }
    case 'accept':
      return simple('accept', [order('IN', targetOperand(s.target), { subject: valueLabel(s.target) })]);
    case 'stop':
      return simple('stop', [order('ST')]);
    case 'goTo':
      return simple('go-to', [order('U', to(jumpLabel(g, s.target)))]);
    case 'compare': {
      const items: Item[] = [order('B', valueOperand(s.left)), order('L', valueOperand(s.right))];
      const first = (when: string) => s.branches.find((b) => b.when === when || b.when === 'otherwise');
      const greater = first('greater');
      const equal = first('equal');
      const less = first('less');
      items.push(order('T', to(greater ? jumpLabel(g, greater.target) : end)));
      items.push(order('Q', to(equal ? jumpLabel(g, equal.target) : end)));
      if (less) items.push(order('U', to(jumpLabel(g, less.target))));
      return simple(s.verb === 'TEST' ? 'test' : 'compare', items);
    }
    case 'if': {
      const otherwise = `S${s.id}:ELSE`;
      const items: Item[] = [];
      const suffix = test(s.condition, `S${s.id}:THEN`, null, s.otherwise ? otherwise : end, items);
      const blocks = [block(s, g, `if-${suffix}`, items)];
      for (const inner of s.then) blocks.push(...emitStatement(g, inner));
      if (s.otherwise) {
        // Not a step: the end of the THEN part jumping over the OTHERWISE part.
        const items = [order('U', to(end)), label(otherwise)];
        blocks.push({
          statement: s.id,
          line: s.line,
          operation: g.operationOf[s.id] ?? null,
          verb: s.verb,
          template: 'otherwise',
          items,
        });
        for (const inner of s.otherwise) blocks.push(...emitStatement(g, inner));
      }
      blocks[blocks.length - 1]?.items.push(label(end));
      return blocks;
    }
    case 'perform': {
      const range = g.paragraphs.get(s.paragraph.name) ?? { start: 0, end: 0 };
      if (s.times) {
        const counter: Operand = { kind: 'temporary', name: `T${s.id}` };
        const loop = `S${s.id}:TEST`;
        const body = `S${s.id}:BODY`;
        return simple('perform-times', [
          order('B', valueOperand(s.times)),
          order('C', counter),
          label(loop),
          order('B', counter, { step: true }),
          order('L', ZERO_CONSTANT),
          order('T', to(body)),
          order('U', to(end)),
          label(body),
          ...performOrders(range.start, range.end),
          order('B', counter),
          order('S', ONE_CONSTANT),
          order('C', counter),
          order('U', to(loop)),
        ]);
      }
      if (s.until) {
        const items: Item[] = [label(`S${s.id}:TEST`)];
        const suffix = test(s.until, `S${s.id}:BODY`, end, null, items, s.id);
        items.push(...performOrders(range.start, range.end, s.id), order('U', to(`S${s.id}:TEST`)));
        return simple(`perform-until-${suffix}`, items);
      }
      return simple('perform', performOrders(range.start, range.end));
    }
    case 'execute': {
      const from = g.operations.get(s.from.number);
      const through = g.operations.get((s.through ?? s.from).number);
      return simple('execute', performOrders(from?.start ?? 0, through?.end ?? 0));
    }
    case 'set': {
      const h = g.operations.get(s.operation.number);
      const k = jumpLabel(g, s.target);
      return simple('set-jump', [
        order('B', { kind: 'constant', value: { kind: 'order', op: 'U', label: k } }),
        order('C', to(`B${h?.start ?? 0}`)),
      ]);
    }
    case 'input':
      return simple(
        'input',
        s.files.map((f) => order('RD', { kind: 'file', file: f.letter })),
      );
    case 'output':
      return simple(
        'output',
        s.files.map((f) => order('OP', { kind: 'file', file: f.letter })),
      );
    case 'hsp':
      return simple('hsp', [order('HS', { kind: 'file', file: s.file.letter })]);
    case 'transfer':
      return simple('transfer', [
        order('IY', { kind: 'file', file: s.from.letter }),
        order('IZ', { kind: 'file', file: s.to.letter }),
      ]);
    case 'readItem': {
      const items = [order('RD', { kind: 'file', file: s.file.letter })];
      if (s.atEnd) items.push(order('L', ONE_CONSTANT), order('Q', to(jumpLabel(g, s.atEnd))));
      return simple(s.atEnd ? 'read-item-end' : 'read-item', items);
    }
    case 'writeItem':
      return simple('write-item', [order('WR', { kind: 'file', file: s.file.letter })]);
    case 'rewind':
      return simple('rewind', [order('RW', { kind: 'file', file: s.file.letter })]);
    case 'closeOut':
      return simple(
        'close-out',
        s.files.map((f) => order('CO', { kind: 'file', file: f.letter })),
      );
  }
}
