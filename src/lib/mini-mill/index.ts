export { turnCrank, readColumn, MAX_DIGITS } from './mill';
export type { MillDiagnostic, MillOperation, MillResult, MillColumn } from './mill';
