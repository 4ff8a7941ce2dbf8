/**
 * Translation's last look: does every name mean something? Unknown boxes,
 * paragraphs, operations and files; duplicates; jumps SET cannot rewrite;
 * PERFORMs that would call themselves; and two warnings (long names, falling
 * into a paragraph).
 * @module
 */
import { closest } from '../html-checks/distance.ts';
import { diagnostic, type CompilerDiagnostic } from './diagnostics.ts';
import { eachStatement, readsOf, valuesOf, type Glossary } from './glossary.ts';
import type { JumpTarget, ProgramNode, Statement } from './syntax.ts';

/** Longest name that fits in one UNIVAC word. */
export const MAX_NAME_LENGTH = 12;

/** Checks the meaning of a parsed program against its glossary. */
export function checkProgram(tree: ProgramNode, g: Glossary): CompilerDiagnostic[] {
  const out: CompilerDiagnostic[] = [];
  const seen = new Map<string, number>();
  for (const d of tree.data) {
    const first = seen.get(d.name);
    if (first !== undefined) out.push(diagnostic('duplicateBox', d, { name: d.name, first }));
    else seen.set(d.name, d.line);
  }
  duplicates(tree, out);
  const boxes = new Set(g.boxes);
  const reported = new Set<string>();
  const long = new Set<string>();
  const warnLong = (name: string, place: { start: number; end: number; line: number; column: number }) => {
    if (name.length > MAX_NAME_LENGTH && !long.has(name)) {
      long.add(name);
      out.push(diagnostic('longName', place, { name, length: name.length }));
    }
  };
  for (const d of tree.data) warnLong(d.name, d);
  for (const { heading } of g.headings) warnLong(heading.name, heading);
  eachStatement(g.statements, (s) => {
    for (const v of readsOf(s)) {
      if (v.type !== 'name' || boxes.has(v.name) || reported.has(v.name)) continue;
      reported.add(v.name);
      const suggestion = closest(v.name, g.boxes);
      if (suggestion) out.push(diagnostic('unknownBox', v, { name: v.name, suggestion }));
      else out.push(diagnostic('unknownBoxNoGuess', v, { name: v.name }));
    }
    for (const v of valuesOf(s)) {
      if (v.type === 'name') warnLong(v.name, v);
      if (v.type === 'field') {
        warnLong(v.name, v);
        if (!g.files.has(v.file)) out.push(diagnostic('unknownFile', v, { letter: v.file }));
      }
    }
    checkStatement(s, g, out, warnLong);
  });
  fallIntoParagraphs(g, out);
  return out;
}

function duplicates(tree: ProgramNode, out: CompilerDiagnostic[]): void {
  const operations = new Map<number, number>();
  const paragraphs = new Map<string, number>();
  for (const item of tree.body) {
    if (item.type === 'paragraph') {
      const first = paragraphs.get(item.name);
      if (first !== undefined) out.push(diagnostic('duplicateParagraph', item, { name: item.name, first }));
      else paragraphs.set(item.name, item.line);
    } else if (item.operation !== null) {
      const first = operations.get(item.operation);
      if (first !== undefined) out.push(diagnostic('duplicateOperation', item, { number: item.operation, first }));
      else operations.set(item.operation, item.line);
    }
  }
}

function checkJump(t: JumpTarget, g: Glossary, out: CompilerDiagnostic[]): void {
  if (t.kind === 'operation') {
    if (!g.operations.has(t.number)) out.push(diagnostic('unknownOperation', t, { number: t.number }));
    return;
  }
  if (g.paragraphs.has(t.name)) return;
  const suggestion = closest(t.name, g.paragraphs.keys());
  if (suggestion) out.push(diagnostic('unknownParagraph', t, { name: t.name, suggestion }));
  else out.push(diagnostic('unknownParagraphNoGuess', t, { name: t.name }));
}

function checkFile(
  letter: { letter: string } & Parameters<typeof diagnostic>[1],
  g: Glossary,
  out: CompilerDiagnostic[],
) {
  const f = g.files.get(letter.letter);
  if (!f) out.push(diagnostic('unknownFile', letter, { letter: letter.letter }));
  return f;
}

function checkStatement(
  s: Statement,
  g: Glossary,
  out: CompilerDiagnostic[],
  warnLong: (name: string, place: Statement) => void,
): void {
  switch (s.type) {
    case 'goTo':
      return checkJump(s.target, g, out);
    case 'compare':
      return s.branches.forEach((b) => checkJump(b.target, g, out));
    case 'readItem': {
      if (s.atEnd) checkJump(s.atEnd, g, out);
      const f = checkFile(s.file, g, out);
      if (f?.direction === 'output') out.push(diagnostic('readOutputFile', s.file, { letter: f.letter, name: f.name }));
      return;
    }
    case 'writeItem': {
      const f = checkFile(s.file, g, out);
      if (f?.direction === 'input') out.push(diagnostic('writeInputFile', s.file, { letter: f.letter, name: f.name }));
      return;
    }
    case 'hsp':
    case 'rewind':
      checkFile(s.file, g, out);
      return;
    case 'transfer':
      checkFile(s.from, g, out);
      checkFile(s.to, g, out);
      return;
    case 'closeOut':
      s.files.forEach((f) => checkFile(f, g, out));
      return;
    case 'input':
    case 'output':
      for (const f of s.files) {
        const first = g.files.get(f.letter);
        if (first && first.place !== f)
          out.push(diagnostic('duplicateFile', f, { letter: f.letter, first: first.place.line }));
        warnLong(f.name, s);
      }
      return;
    case 'set': {
      checkJump(s.operation, g, out);
      checkJump(s.target, g, out);
      const op = g.operations.get(s.operation.number);
      if (op && g.statements[op.start]?.type !== 'goTo') {
        out.push(diagnostic('setNeedsJump', s.operation, { number: s.operation.number }));
      }
      return;
    }
    case 'execute': {
      checkJump(s.from, g, out);
      if (s.through) checkJump(s.through, g, out);
      const from = g.operations.get(s.from.number);
      const to = g.operations.get((s.through ?? s.from).number);
      if (from && to && to.end <= from.start) {
        out.push(diagnostic('badRange', s, { from: s.from.number, to: s.through?.number ?? s.from.number }));
      }
      return;
    }
    case 'perform': {
      const p = g.paragraphs.get(s.paragraph.name);
      if (!p) return checkJump({ kind: 'paragraph', name: s.paragraph.name, ...span(s.paragraph) }, g, out);
      const position = g.positionOf[s.id] ?? -1;
      if (p.end === p.start) out.push(diagnostic('emptyParagraph', s.paragraph, { name: s.paragraph.name }));
      else if (position >= p.start && position < p.end) {
        out.push(diagnostic('performItself', s.paragraph, { name: s.paragraph.name }));
      }
      return;
    }
    default:
      return;
  }
}

function span(x: { start: number; end: number; line: number; column: number }) {
  return { start: x.start, end: x.end, line: x.line, column: x.column };
}

/** True when control can run past the end of this statement into the next one. */
export function canFallThrough(s: Statement): boolean {
  switch (s.type) {
    case 'stop':
    case 'goTo':
      return false;
    case 'compare':
      return !s.branches.some((b) => b.when === 'otherwise');
    case 'if': {
      if (!s.otherwise) return true;
      const a = s.then[s.then.length - 1];
      const b = s.otherwise[s.otherwise.length - 1];
      return !a || !b || canFallThrough(a) || canFallThrough(b);
    }
    default:
      return true;
  }
}

// Warn only where the fall can happen in the main flow: positions reached from the
// start by falling through and jumping (PERFORM and EXECUTE count as one step, as
// the paragraphs they run return), so paragraphs that are only PERFORMed stay quiet.
function fallIntoParagraphs(g: Glossary, out: CompilerDiagnostic[]): void {
  const reached = reachable(g);
  for (const { heading, position } of g.headings) {
    const before = g.statements[position - 1];
    if (before && reached.has(position - 1) && canFallThrough(before)) {
      out.push(diagnostic('fallIntoParagraph', heading, { name: heading.name }));
    }
  }
}

function reachable(g: Glossary): Set<number> {
  const start = (t: JumpTarget) =>
    (t.kind === 'operation' ? g.operations.get(t.number) : g.paragraphs.get(t.name))?.start ?? g.statements.length;
  const extra = new Map<number, number[]>();
  eachStatement(g.statements, (s) => {
    if (s.type !== 'set') return;
    const from = g.operations.get(s.operation.number)?.start ?? -1;
    extra.set(from, [...(extra.get(from) ?? []), start(s.target)]);
  });
  const seen = new Set<number>();
  const todo = [0];
  while (todo.length > 0) {
    const p = todo.pop() ?? 0;
    const s = g.statements[p];
    if (!s || seen.has(p)) continue;
    seen.add(p);
    if (canFallThrough(s)) todo.push(p + 1);
    todo.push(...(extra.get(p) ?? []));
    eachStatement([s], (inner) => {
      if (inner.type === 'goTo') todo.push(start(inner.target));
      if (inner.type === 'compare') todo.push(...inner.branches.map((b) => start(b.target)));
      if (inner.type === 'readItem' && inner.atEnd) todo.push(start(inner.atEnd));
    });
  }
  return seen;
}
