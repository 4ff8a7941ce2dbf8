import { turnCrank, type MillOperation, type MillResult } from '~/lib/mini-mill';
import { reportCheck } from '../shared/checks';

/** UI state of the little Mill; all arithmetic lives in src/lib/mini-mill. */
export class MillState {
  v1 = $state('');
  v2 = $state('');
  operation = $state<MillOperation>('add');
  result = $state.raw<MillResult | undefined>(undefined);

  /** Columns that hold a mistake after the last turn of the crank. */
  get badColumns(): string[] {
    const r = this.result;
    return r && !r.ok ? r.diagnostics.map((d) => d.column) : [];
  }

  crank(): void {
    this.result = turnCrank(this.v1, this.v2, this.operation);
    // The lesson's tries: an answer, and a mistake message read on purpose.
    reportCheck(this.result.ok ? 'mini-mill:answer' : 'mini-mill:mistake');
  }

  reset(): void {
    this.v1 = '';
    this.v2 = '';
    this.operation = 'add';
    this.result = undefined;
  }
}
