import type { Bus } from '../memory';
import { BUS_FAULT, MIP_MSIP, MIP_MTIP } from '../constants';

const MSIP = 0x0000;
const MTIMECMP = 0x4000;
const MTIME = 0xbff8;
const TWO_32 = 0x1_0000_0000;

/** mtime counts at 10 MHz, QEMU virt's timebase: one tick every 100 ns of virtual time. */
export const CLINT_NS_PER_TICK = 100;

/** What the CLINT needs from the board. */
export interface ClintHost {
  /** Virtual time now, in nanoseconds. */
  nowNs(): number;
  /** Sets or clears interrupt-pending bits of hart 0. */
  setPending(mask: number, on: boolean): void;
  /** The timer deadline moved (mtimecmp or mtime written): the run loop plans again. */
  deadlineChanged(): void;
}

/**
 * The core-local interruptor of one hart: msip (machine software interrupt), mtimecmp and
 * mtime (64-bit, accessed as 32-bit halves). mtime follows virtual time; writing it sets an
 * offset. MTIP is pending while mtime >= mtimecmp, re-evaluated on every write and whenever
 * the board calls `update` (at least at each deadline the board plans its slices around).
 */
export class Clint implements Bus {
  static readonly SIZE = 0x10000;
  private msip = 0;
  private cmpLo = 0xffffffff;
  private cmpHi = 0xffffffff;
  /** mtime − virtual ticks, changed by writes to mtime. */
  private offset = 0;

  constructor(private readonly host: ClintHost) {}

  /** The 64-bit mtime (a number; exact below 2^53). */
  mtime(): number {
    return Math.floor(this.host.nowNs() / CLINT_NS_PER_TICK) + this.offset;
  }

  /** Virtual time (ns) at which MTIP becomes pending; Infinity when mtimecmp is out of reach. */
  deadlineNs(): number {
    const cmp = this.cmpHi * TWO_32 + this.cmpLo;
    if (cmp > Number.MAX_SAFE_INTEGER) return Infinity;
    return Math.max(0, (cmp - this.offset) * CLINT_NS_PER_TICK);
  }

  /** Re-evaluates MTIP and MSIP against the current time. */
  update(): void {
    const cmp = this.cmpHi * TWO_32 + this.cmpLo;
    this.host.setPending(MIP_MTIP, this.mtime() >= cmp);
    this.host.setPending(MIP_MSIP, (this.msip & 1) !== 0);
  }

  read(offset: number, size: 1 | 2 | 4): number {
    if (size !== 4 || offset >= Clint.SIZE) return BUS_FAULT;
    switch (offset) {
      case MSIP: return this.msip;
      case MTIMECMP: return this.cmpLo;
      case MTIMECMP + 4: return this.cmpHi;
      case MTIME: return this.mtime() % TWO_32;
      case MTIME + 4: return Math.floor(this.mtime() / TWO_32) % TWO_32;
      default: return 0;
    }
  }

  write(offset: number, size: 1 | 2 | 4, value: number): boolean {
    if (size !== 4 || offset >= Clint.SIZE) return false;
    value >>>= 0;
    switch (offset) {
      case MSIP:
        this.msip = value & 1;
        break;
      case MTIMECMP:
        this.cmpLo = value;
        break;
      case MTIMECMP + 4:
        this.cmpHi = value;
        break;
      case MTIME:
      case MTIME + 4: {
        const now = this.mtime();
        const lo = offset === MTIME ? value : now % TWO_32;
        const hi = offset === MTIME ? Math.floor(now / TWO_32) % TWO_32 : value;
        this.offset += hi * TWO_32 + lo - now;
        break;
      }
      default:
        return true;
    }
    this.update();
    this.host.deadlineChanged();
    return true;
  }
}
