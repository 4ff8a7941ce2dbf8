/** The shapes `runNoteG` takes and returns: plain data, safe for `postMessage`. */
import type { StoreSnapshot } from './store';
import type { NoteGOperation, NoteGSign } from './table';
import type { NoteGDiagnostic } from './validate';

/** What `runNoteG` is asked to do. */
export interface NoteGRunOptions {
  /** The last n to compute, 1…60: her B(2·upTo − 1). */
  upTo: number;
  /** Which table to run; it also picks the default feed. */
  version: 'printed' | 'corrected';
  /** The first n (default 1). The B's before it are supplied with their true values. */
  from?: number;
  /** A table to run instead of the version's own, such as a learner's changed copy. */
  table?: readonly NoteGOperation[];
  /** 'own' (corrected's default): each result feeds the next n. 'true' (printed's default): the true earlier B's are supplied for every n. */
  feed?: 'own' | 'true';
  /** Record every step (default true); false keeps only results, for speed. */
  trace?: boolean;
}

/** A column read or written by one step: its number, the index it shows, its value. */
export interface NoteGCell {
  column: number;
  index: number;
  value: string;
}

/** One operation as it ran. */
export interface NoteGStep {
  n: number;
  op: number;
  sign: NoteGSign;
  /** 0 outside operations 13–23; 1, 2, … for their repetitions. */
  pass: number;
  /** The two operands, in the table's order. */
  reads: NoteGCell[];
  writes: NoteGCell[];
  zeroed: { column: number; index: number }[];
  statement: string;
  result: string;
  /** V1…V(20 + max(4, upTo)) after this step, as exact strings. */
  columns: string[];
  /** Note D's index of each of those columns after this step. */
  indices: number[];
}

/** The outcome of a run. Problems come back as diagnostics; nothing is thrown. */
export interface NoteGRun {
  /** results[i] is what V(20 + n) holds after calculation n = from + i, as an exact fraction. */
  results: string[];
  trace: NoteGStep[];
  /** Operations executed for each finished n. */
  operationsPerN: number[];
  diagnostics: NoteGDiagnostic[];
  /** The Store before the first step, for a view that has not started. */
  initial: StoreSnapshot;
}
