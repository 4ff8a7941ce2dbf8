/**
 * The Mill: ingress axes A, B and A′ (upper half of a 100-figure dividend),
 * egress axes E and E′ (upper half of a product, or the quotient), the latched
 * operation, the run-up lever and the "current axis" that `P` prints (spec §7).
 */
import { MILL_OP } from './compile.ts';
import { add, big, divide, formatPlain, isNeg, mul, sub, TEN50, type Num } from './number.ts';

/** Where the Mill writes its trace lines. */
export interface TraceSink {
  trace: boolean;
  print(text: string): void;
}

/** Mill values may grow past 50 figures (as in the reference), but not past this many. */
export const MAX_FIGURES = 10_000;
const HUGE = 10n ** BigInt(MAX_FIGURES);

/** Bits in `seen`: which axes have been given a value since the run began. */
export const AXIS = { A: 1, B: 2, AP: 4, E: 8, EP: 16 } as const;

// Local copies: under Vitest's module runner (which the bench uses) every read of
// an imported binding goes through a getter, and these are read on every crank.
const { NONE, ADD, SUB, MUL, DIV } = MILL_OP;
const [addN, subN, mulN, divideN, isNegN, bigN, plain] = [add, sub, mul, divide, isNeg, big, formatPlain];
const T50 = TEN50;
const MINUS_T50 = -TEN50;

const POW10: bigint[] = Array.from({ length: 101 }, (_, n) => 10n ** BigInt(n));

function tooBig(x: Num): boolean {
  return typeof x === 'bigint' && (x > HUGE || x < -HUGE);
}

/** The Mill's state and its three actions: load, store, step. */
export class Mill {
  a: Num = 0n;
  b: Num = 0n;
  ap: Num = 0n;
  e: Num = 0n;
  ep: Num = 0n;
  cur: Num = 0n;
  op: number = NONE;
  idx = 0;
  lever = false;
  seen = 0;
  /** Set when a result grew past {@link MAX_FIGURES} figures; the run must stop. */
  overflowed = false;
  /** Set by a division by zero in the last crank (the lever rises; the learner is told). */
  dividedByZero = false;

  constructor(private readonly sink: TraceSink) {}

  /** An operation card: latch the operation and start a new pair of loads. */
  setOperation(op: number): void {
    this.op = op;
    this.idx = 0;
  }

  /** `L`/`Z`: a value into the Mill; the second unprimed load of a pair turns the crank. */
  load(v: Num, primed: boolean): void {
    this.cur = v;
    if (primed) {
      this.ap = v;
      this.seen |= AXIS.AP;
    } else if (this.idx === 0) {
      this.a = v;
      this.ap = 0n;
      this.idx = 1;
      this.seen |= AXIS.A | AXIS.AP;
    } else {
      this.b = v;
      this.idx = 0;
      this.seen |= AXIS.B;
      this.crank();
    }
  }

  /** `S`: the value to store (E, or E′ when primed), which becomes the current axis. */
  egress(primed: boolean): Num {
    this.cur = primed ? this.ep : this.e;
    return this.cur;
  }

  private crank(): void {
    this.lever = false;
    this.dividedByZero = false;
    const { a, b } = this;
    switch (this.op) {
      case NONE:
        this.e = this.cur;
        this.seen |= AXIS.E;
        return;
      case ADD:
      case SUB: {
        const adding = this.op === ADD;
        let r = adding ? addN(a, b) : subN(a, b);
        if (adding && typeof r === 'bigint' && r >= T50) {
          r -= T50;
          this.lever = true;
        } else if (!adding && typeof r === 'bigint' && r <= MINUS_T50) {
          r = -(r + T50);
          this.lever = true;
        } else if (!isNegN(a) && isNegN(r)) this.lever = true;
        if (this.sink.trace) {
          const runUp = this.lever ? ' Run up' : '';
          this.log(`${plain(a)} ${adding ? '+' : '-'} ${plain(b)} = ${plain(r)}${runUp}`);
        }
        this.ep = 0n;
        this.e = r;
        break;
      }
      case MUL: {
        const p = mulN(a, b);
        if (p > T50 || p < MINUS_T50) this.split(p, false);
        else {
          this.ep = 0n;
          this.e = p;
        }
        if (this.sink.trace) this.log(`${plain(a)} × ${plain(b)} = ${p}`);
        break;
      }
      case DIV: {
        const dividend = this.ap === 0n ? a : addN(a, mulN(this.ap, T50));
        const divisor = bigN(b);
        // Division by −0 crashes the reference; here it acts like division by +0.
        const [q, r] = divisor === 0n ? [0n, 0n] : divideN(dividend, divisor);
        if (divisor === 0n || q > T50 || q < MINUS_T50) {
          this.dividedByZero = divisor === 0n;
          this.lever = true;
          this.ep = 0n;
          this.e = 0n;
        } else {
          this.ep = q;
          this.e = r;
          if (this.sink.trace) this.log(`${plain(dividend)} / ${plain(b)} = ${q}, Rem: ${plain(r)}`);
        }
        break;
      }
    }
    this.seen |= AXIS.E | AXIS.EP;
    this.cur = this.e;
    if (tooBig(this.e) || tooBig(this.ep)) this.overflowed = true;
  }

  /**
   * `<n` (count ≥ 0) scales the dividend A + A′·10^50 up by 10^n; `>n` (count < 0)
   * scales the result E + E′·10^50 down, truncating. `>0` is a left shift, as in
   * the reference.
   */
  shift(count: number): void {
    if (count < 0) {
      const n = -count;
      const v = this.ep === 0n ? this.e : addN(this.e, mulN(this.ep, T50));
      const [q] = divideN(v, POW10[n] as bigint);
      if (this.sink.trace) this.log(`${plain(v)} > ${n} = ${q}`);
      if (q !== T50) this.split(q, false);
      else {
        this.ep = 0n;
        this.e = q;
      }
      this.cur = this.e;
      this.seen |= AXIS.E | AXIS.EP;
    } else {
      const v = this.ap === 0n ? this.a : addN(this.a, mulN(this.ap, T50));
      const p = mulN(v, POW10[count] as bigint);
      if (this.sink.trace) this.log(`${plain(v)} < ${count} = ${p}`);
      if (p !== T50) this.split(p, true);
      else {
        this.ap = 0n;
        this.a = p;
      }
      this.cur = this.a;
      this.seen |= AXIS.A | AXIS.AP;
      if (tooBig(this.ap)) this.overflowed = true;
    }
  }

  /** Splits a value at 10^50 into the upper and lower axes (ingress or egress). */
  private split(v: bigint, ingress: boolean): void {
    const [hi, lo] = divideN(v, T50);
    if (ingress) {
      this.ap = hi;
      this.a = lo;
    } else {
      this.ep = hi;
      this.e = lo;
    }
  }

  private log(line: string): void {
    this.sink.print(`Mill:  ${line}\n`);
  }
}
