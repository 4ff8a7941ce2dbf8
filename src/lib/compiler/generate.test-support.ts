/**
 * fast-check generators of valid GRACE programs, for the differential and
 * property tests. Programs are built from lists of small integers, so
 * fast-check can shrink a failing program to a short one.
 * @module
 */
import fc from 'fast-check';
import type { DataFile } from './files.ts';

const BOXES = ['N0', 'N1', 'N2', 'T0', 'E0', 'E1'];
// Boxes to read: mostly ones that hold numbers, sometimes text or a box still empty.
const READ = ['N0', 'N1', 'N2', 'N0', 'N1', 'N2', 'T0', 'E0', 'E1'];
const NUMBERS = ['0', '1', '2', '3', '-4', '0.5', '7', '10', '2.25'];
const TEXTS = ['"HI"', '"7"', '"ZZ"', '""'];
const RELATIONS = ['GREATER THAN', 'LESS THAN', 'EQUAL TO', 'NOT GREATER THAN', 'NOT LESS THAN', 'NOT EQUAL TO'];

const pick = <T>(list: readonly T[], n: number): T => list[Math.abs(n) % list.length] as T;

/** The raw choices one program is built from. */
export interface ProgramChoices {
  data: number[];
  sentences: { kinds: number[]; then: number[]; otherwise: number[]; args: number[] }[];
  headings: number[];
}

/** Arbitrary program choices. */
export const programChoices: fc.Arbitrary<ProgramChoices> = fc.record({
  data: fc.array(fc.nat(40), { minLength: 4, maxLength: 4 }),
  sentences: fc.array(
    fc.record({
      kinds: fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }),
      then: fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }),
      otherwise: fc.array(fc.nat(40), { maxLength: 2 }),
      args: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 12, maxLength: 12 }),
    }),
    { minLength: 1, maxLength: 10 },
  ),
  headings: fc.array(fc.nat(20), { maxLength: 3 }),
});

/** Builds a program that compiles without errors from the choices. */
export function buildProgram(ch: ProgramChoices): string {
  const n = ch.sentences.length;
  // Paragraph headings before some sentences (never the first), named P0, P1 … in order.
  const starts = [...new Set(ch.headings.map((h) => 1 + (h % Math.max(1, n - 1))))]
    .filter((s) => s < n)
    .sort((a, b) => a - b);
  const paragraphs = starts.map((start, i) => ({ name: `P${i}`, start, end: starts[i + 1] ?? n }));
  const firstIsJump = new Set<number>();
  const lines: string[] = [];
  ch.sentences.forEach((s, index) => {
    const value = (k: number, text = true) =>
      pick([...READ, ...NUMBERS, ...(text ? TEXTS : [])], ch.sentences[index]!.args[Math.abs(k) % 12]! + k);
    const num = (k: number) => pick([...READ.filter((b) => b !== 'T0'), ...NUMBERS], s.args[k % 12]! + k);
    const box = (k: number) => pick(BOXES, s.args[k % 12]! * 3 + k);
    const cond = (k: number) => `${value(k)} IS ${pick(RELATIONS, s.args[(k + 1) % 12]!)} ${value(k + 2)}`;
    const op = (k: number) => 1 + (Math.abs(s.args[k % 12]!) % n);
    const performable = paragraphs.filter((p) => index < p.start || index >= p.end);
    const target = (k: number) => {
      const a = s.args[k % 12]!;
      return a % 3 === 0 && paragraphs.length > 0 ? pick(paragraphs, a).name : `OPERATION ${op(k)}`;
    };
    const simple = (kind: number, k: number): string => {
      switch (kind % 12) {
        case 0:
          return `DISPLAY ${value(k)}${kind % 2 ? ` ${value(k + 1)}` : ''}${kind % 3 ? `, ${value(k + 2)}` : ''}`;
        case 1:
          return `MOVE ${value(k)} TO ${box(k + 1)}${kind % 2 ? `, ${box(k + 2)}` : ''}`;
        case 2:
          return `ADD ${num(k)}${kind % 2 ? `, ${num(k + 1)}` : ''} TO ${kind % 3 ? box(k + 2) : num(k + 2)}${kind % 3 ? '' : ` GIVING ${box(k + 3)}`}`;
        case 3:
          return `SUBTRACT ${num(k)} FROM ${box(k + 1)}${kind % 2 ? ` GIVING ${box(k + 2)}` : ''}`;
        case 4:
          return `MULTIPLY ${num(k)} BY ${box(k + 1)}${kind % 2 ? ` GIVING ${box(k + 2)}` : ''}`;
        case 5:
          return `DIVIDE ${num(k)} BY ${num(k + 1)} GIVING ${box(k + 2)}${kind % 2 ? ` REMAINDER ${box(k + 3)}` : ''}`;
        case 6:
          return `GO TO ${target(k)}`;
        case 7: {
          const p = performable.length > 0 ? pick(performable, s.args[k % 12]!) : undefined;
          if (!p) return `DISPLAY ${value(k)}`;
          if (kind % 3 === 0)
            return `PERFORM ${p.name} ${pick(['0', '1', '2', '3', 'N0', 'N2', '-1'], s.args[(k + 1) % 12]!)} TIMES`;
          if (kind % 3 === 1) return `PERFORM ${p.name} UNTIL ${cond(k + 1)}`;
          return `PERFORM ${p.name}`;
        }
        case 8:
          return 'STOP';
        case 9:
          return `ACCEPT ${box(k)}`;
        case 10: {
          const from = op(k);
          const to = Math.max(from, op(k + 1));
          return kind % 2 ? `EXECUTE OPERATION ${from}` : `EXECUTE OPERATION ${from} THROUGH OPERATION ${to}`;
        }
        default:
          return `DISPLAY ${value(k)}`;
      }
    };
    const parts: string[] = [];
    s.kinds.forEach((kind, i) => {
      const k = i * 4;
      const last = i === s.kinds.length - 1;
      if (last && kind % 10 === 9) {
        const then = s.then.map((t, j) => simple(t, k + j + 1));
        const otherwise =
          s.otherwise.length > 0 ? ` OTHERWISE ${s.otherwise.map((t, j) => simple(t, k + j + 2)).join(' ')}` : '';
        parts.push(`IF ${cond(k)} ${then.join(kind % 2 ? ' ; ' : ' ')}${otherwise}`);
      } else if (last && kind % 10 === 8) {
        const whens = ['IF GREATER', 'IF EQUAL', 'IF LESS', 'OTHERWISE'];
        const count = 1 + (kind % 3);
        const branches = Array.from({ length: count }, (_, b) => `${pick(whens, kind + b * 2)} GO TO ${target(k + b)}`);
        parts.push(`COMPARE ${value(k)} WITH ${value(k + 1)} ; ${branches.join(' ; ')}`);
      } else {
        parts.push(simple(kind, k));
      }
    });
    if (parts[0]?.startsWith('GO TO')) firstIsJump.add(index + 1);
    const heading = paragraphs.find((p) => p.start === index);
    if (heading) lines.push(`${heading.name}.`);
    lines.push(`(${index + 1}) ${parts.join(' ; ')}.`);
  });
  // SET needs an operation that starts with a jump; add one when there is one.
  const jumps = [...firstIsJump];
  if (jumps.length > 0) {
    const h = pick(jumps, ch.data[0] ?? 0);
    lines.splice(
      Math.min(lines.length, 1 + ((ch.data[1] ?? 0) % lines.length)),
      0,
      `SET OPERATION ${h} TO GO TO OPERATION ${1 + ((ch.data[2] ?? 0) % n)}.`,
    );
  }
  const data = ch.data.map((d, i) => `${BOXES[i]} IS ${i === 3 ? pick(TEXTS, d) : pick(NUMBERS, d)}.`);
  // E0 and E1 start empty; this (perhaps unreachable) sentence makes them known boxes.
  return ['DATA.', ...data, 'PROCEDURE.', ...lines, 'MOVE 1 TO E0, E1.', ''].join('\n');
}

/** Arbitrary valid programs with some typed input. */
export const validProgram = programChoices.map(buildProgram);

/** Typed input for ACCEPT. */
export const INPUT = ['3', 'ADA', '0.5', '-2'];

/** A FLOW-MATIC-style file program with its files. */
export interface FileProgram {
  source: string;
  files: Record<string, DataFile>;
}

const FILE_STATEMENTS = [
  'TRANSFER A TO B',
  'MOVE K (A) TO K (B)',
  'MOVE V (A) TO W (B)',
  'WRITE-ITEM B',
  'DISPLAY K (A) V (A)',
  'ADD 1 TO V (A)',
  'COMPARE K (A) WITH V (A) ; IF GREATER GO TO OPERATION {x} ; OTHERWISE GO TO OPERATION {y}',
  'TEST K (A) AGAINST ZZZZZZZZZZZZ ; IF EQUAL GO TO OPERATION 9',
  'SET OPERATION 8 TO GO TO OPERATION {x}',
  'REWIND A',
  'READ-ITEM A',
  'CLOSE-OUT FILES B',
];

/** Arbitrary file programs in the shape of Sample Problem 1, with random items. */
export const fileProgram: fc.Arbitrary<FileProgram> = fc
  .record({
    hsp: fc.boolean(),
    end: fc.boolean(),
    body: fc.array(fc.tuple(fc.nat(FILE_STATEMENTS.length - 1), fc.nat(10), fc.nat(10)), {
      minLength: 6,
      maxLength: 6,
    }),
    records: fc.array(
      fc.tuple(fc.constantFrom('1', '2', '10', 'X', '0012', ''), fc.constantFrom('3', '-1', 'ABC', '2.50', '')),
      { maxLength: 5 },
    ),
  })
  .map(({ hsp, end, body, records }) => {
    const ops = body.map(
      ([s, x, y], i) =>
        `(${i + 2}) ${pick(FILE_STATEMENTS, s)
          .replace('{x}', String(1 + x))
          .replace('{y}', String(1 + y))} .`,
    );
    const source = [
      `(0) INPUT IN FILE-A ; OUTPUT OUT FILE-B${hsp ? ' ; HSP B' : ''} .`,
      `(1) READ-ITEM A${end ? ' ; IF END OF DATA GO TO OPERATION 9' : ''} .`,
      ...ops,
      '(8) JUMP TO OPERATION 1 .',
      '(9) CLOSE-OUT FILES B .',
      '(10) STOP . (END)',
      '(11) DISPLAY "UNUSED" .',
    ].join('\n');
    return {
      source,
      files: {
        IN: { fields: ['K', 'V'], records: records.map(([k, v]) => [k, v]) },
        OUT: { fields: ['K', 'V', 'W'], records: [] },
      },
    };
  });
