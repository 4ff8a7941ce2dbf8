/**
 * Phase 1 of the 1958 FLOW-MATIC compiler, Translation: the statements are
 * read word by word (tokens), built into a syntax tree, and digested into a
 * glossary of operations, paragraphs, boxes and files whose meaning is
 * checked. Never throws.
 * @module
 */
import { checkProgram } from './check.ts';
import type { CompilerDiagnostic } from './diagnostics.ts';
import { buildGlossary, type Glossary } from './glossary.ts';
import { tokenize, type Token } from './lexer.ts';
import { parse } from './parser.ts';
import type { ProgramNode } from './syntax.ts';

export { tokenize, type Token, type TokenKind } from './lexer.ts';
export { parse } from './parser.ts';
export { buildGlossary, type Glossary, type FileDeclaration } from './glossary.ts';

/** What Translation gives: tokens, tree, glossary (null when the tree has syntax errors) and its diagnostics. */
export interface Translation {
  tokens: Token[];
  tree: ProgramNode;
  glossary: Glossary | null;
  diagnostics: CompilerDiagnostic[];
}

/** Runs Translation on a source text. Meaning is only checked when the syntax is sound. */
export function translate(source: string): Translation {
  const tokens = tokenize(source);
  const { tree, diagnostics } = parse(tokens, source);
  if (diagnostics.some((d) => d.severity === 'error')) return { tokens, tree, glossary: null, diagnostics };
  const glossary = buildGlossary(tree);
  return { tokens, tree, glossary, diagnostics: [...diagnostics, ...checkProgram(tree, glossary)] };
}
