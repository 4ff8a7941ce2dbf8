/**
 * FLOW-MATIC's files while a program runs, shared by the machine and the
 * interpreter: each declared file is a "tape" of items (records of text
 * values) read or written one at a time.
 *
 * Files convention: `run(source, { files })` keys files by the name written
 * in the INPUT / OUTPUT statement (`INVENTORY` in `INPUT INVENTORY FILE-A`),
 * and the program then calls the file by its letter (`A`). Input files come
 * with their records; an output file is declared by passing its layout
 * (`fields`, no records) and comes back with the records the run wrote.
 * @module
 */
import { closest } from '../html-checks/distance.ts';
import { diagnostic, type CompilerDiagnostic } from './diagnostics.ts';
import type { FileDeclaration } from './glossary.ts';

/** A file as plain data: its field names and its items, each a list of text values. */
export interface DataFile {
  fields: string[];
  records: string[][];
}

/** How many fields an item may have: one block of this many boxes is set aside per file. */
export const FIELD_SLOTS = 16;

/** A file being read or written by a running program. */
export class Tape {
  readonly declaration: FileDeclaration;
  readonly fields: string[];
  records: string[][];
  /** Index of the next item READ-ITEM gets (input files). */
  next = 0;
  closed = false;
  /** Set by HSP: every item written is also printed. */
  printer = false;

  constructor(declaration: FileDeclaration, file: DataFile) {
    this.declaration = declaration;
    this.fields = [...file.fields];
    this.records = declaration.direction === 'input' ? file.records.map((r) => [...r]) : [];
  }

  /** The next item's values, or null at the end of the data (the caller fills in the sentinel). */
  read(): string[] | null {
    const item = this.records[this.next];
    if (!item) return null;
    this.next++;
    return item;
  }

  /** Adds an item to an output file. */
  write(values: string[]): void {
    this.records.push(values);
  }

  /** Back to the start: an input file is read again from its first item; an output file starts empty. */
  rewind(): void {
    this.next = 0;
    if (this.declaration.direction === 'output') this.records = [];
  }

  /** OUTPUT opens a file for writing: it starts empty. */
  open(): void {
    this.closed = false;
    this.records = [];
  }
}

/** The tapes for a program's declared files, or the reasons the given files do not fit it. */
export function prepareFiles(
  declarations: Iterable<FileDeclaration>,
  given: Record<string, DataFile> = {},
): { tapes: Map<string, Tape>; diagnostics: CompilerDiagnostic[] } {
  const tapes = new Map<string, Tape>();
  const diagnostics: CompilerDiagnostic[] = [];
  for (const d of declarations) {
    const file = Object.hasOwn(given, d.name) ? given[d.name] : undefined;
    if (!file) {
      diagnostics.push(diagnostic('missingFile', d.place, { name: d.name, letter: d.letter }));
      continue;
    }
    const problems = diagnostics.length;
    const fields = file.fields.map((f) => f.trim().toUpperCase());
    if (fields.length > FIELD_SLOTS) {
      diagnostics.push(diagnostic('tooManyFields', d.place, { file: d.name, max: FIELD_SLOTS }));
    }
    for (const field of d.fields) {
      if (fields.includes(field)) continue;
      const suggestion = closest(field, fields);
      if (suggestion) diagnostics.push(diagnostic('unknownField', d.place, { field, file: d.name, suggestion }));
      else diagnostics.push(diagnostic('unknownFieldNoGuess', d.place, { field, file: d.name }));
    }
    if (d.direction === 'input') {
      const bad = file.records.findIndex((r) => r.length !== fields.length);
      const record = file.records[bad];
      if (record) {
        diagnostics.push(
          diagnostic('recordShape', d.place, {
            file: d.name,
            record: bad + 1,
            expected: fields.length,
            got: record.length,
          }),
        );
      }
    }
    if (diagnostics.length === problems) tapes.set(d.letter, new Tape(d, { fields, records: file.records }));
  }
  return { tapes, diagnostics };
}

/** The files a run gives back: copies of the ones passed in, with the output files' new records. */
export function resultFiles(given: Record<string, DataFile> = {}, tapes?: Map<string, Tape>): Record<string, DataFile> {
  const out: Record<string, DataFile> = {};
  for (const [name, file] of Object.entries(given)) {
    out[name] = { fields: [...file.fields], records: file.records.map((r) => [...r]) };
  }
  for (const tape of tapes?.values() ?? []) {
    if (tape.declaration.direction !== 'output') continue;
    const original = given[tape.declaration.name];
    out[tape.declaration.name] = {
      fields: [...(original?.fields ?? tape.fields)],
      records: tape.records.map((r) => [...r]),
    };
  }
  return out;
}
