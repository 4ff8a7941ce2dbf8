/**
 * Plain-words notes on orders for learners, rendered from i18n: for example
 * `compiler.order.B` with `{ order: 'B 512', address: '512', name: 'COOKIES' }`
 * reads "B 512: bring what is in box 512 (COOKIES) into register A."
 * @module
 */
import { addressText, orderNoteKey, orderText, type OpCode } from './orders.ts';
import type { MachineProgram } from './processing.ts';

/** The message key and params of an order's note. Every note gets `order`, `address`, `name` and `line`. */
export function describeOrder(
  order: { op: OpCode; operand: number },
  program: MachineProgram,
): { key: string; params: { order: string; address: string; name: string; line: number } } {
  const target = program.orders[order.operand];
  return {
    key: orderNoteKey(order.op),
    params: {
      order: orderText(order.op, order.operand),
      address: addressText(order.operand),
      name: program.names[order.operand] ?? '',
      line: target?.line ?? 0,
    },
  };
}
