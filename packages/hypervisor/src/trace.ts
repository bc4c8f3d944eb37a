/**
 * Observability: per-domain counters, an optional bounded event trace, and the trace hash —
 * a 64-bit FNV-1a-style digest (two independent 32-bit lanes) over every scheduling
 * decision, exit, hypercall result and outside command. Two runs agree on the hash exactly
 * when they agree on that event stream.
 */

/** Exit reasons (indexes of DomainCounters.exits). */
export const ExitReason = { Hypercall: 0, Sbi: 1, Exception: 2, Wfi: 3, Mmio: 4, Interrupt: 5 } as const;
export const EXIT_REASON_NAMES = ['hypercall', 'sbi', 'exception', 'wfi', 'mmio', 'interrupt'] as const;
const NR_EXIT_REASONS = EXIT_REASON_NAMES.length;
const NR_HYPERCALLS = 64;

/** Kinds of hashed trace events. */
export const TraceKind = {
  Switch: 1, Hypercall: 2, Sbi: 3, Trap: 4, Shutdown: 5, Command: 6, Wake: 7, Block: 8, Crash: 9,
} as const;

export interface TraceRecord {
  time: number;
  kind: number;
  domid: number;
  vcpu: number;
  a: number;
  b: number;
}

export class DomainCounters {
  instructions = 0;
  readonly exits = new Float64Array(NR_EXIT_REASONS);
  /** Per hypercall number; allocated by the first hypercall (many domains never make one). */
  private hypercalls: Float64Array | null = null;

  countHypercall(nr: number): void {
    this.exits[ExitReason.Hypercall]++;
    if (nr >= 0 && nr < NR_HYPERCALLS) (this.hypercalls ??= new Float64Array(NR_HYPERCALLS))[nr]++;
  }

  /** A JSON-able copy: exit counts by name, hypercalls by number (only those made). */
  snapshot(): { instructions: number; exits: Record<string, number>; hypercalls: Record<number, number> } {
    const exits: Record<string, number> = {};
    EXIT_REASON_NAMES.forEach((name, i) => (exits[name] = this.exits[i]));
    const hypercalls: Record<number, number> = {};
    this.hypercalls?.forEach((n, i) => {
      if (n > 0) hypercalls[i] = n;
    });
    return { instructions: this.instructions, exits, hypercalls };
  }
}

/** 32-bit FNV-1a's offset basis and prime (the trace's first lane, and command hashes). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
const LANE_B_PRIME = 0x2c1b3c6d;

export class Trace {
  private h0 = FNV_OFFSET;
  private h1 = 0x9e3779b9;
  private records: TraceRecord[] | null = null;
  /** Virtual time for records of exits (set by the core). */
  clock: () => number = () => 0;
  private limit = 0;
  private dropped = 0;

  /** Starts keeping the last `limit` records (the hash is always computed). */
  enable(limit = 100_000): void {
    this.records = [];
    this.limit = limit;
  }

  /** Hashes one event; allocation-free unless the record trace is enabled. */
  event(time: number, kind: number, domid: number, vcpu: number, a: number, b: number): void {
    this.word(time >>> 0);
    this.word(Math.floor(time / 0x1_0000_0000) | (kind << 24));
    this.word((domid << 16) | vcpu);
    this.word(a);
    this.word(b);
    if (this.records !== null) this.record(time, kind, domid, vcpu, a, b);
  }

  /**
   * Hashes a guest exit without its virtual time (which would be boxed as a double on this
   * hot path): `stamp` is the vCPU's retired-instruction count (low 32 bits), which pins the
   * exit in the guest's execution as exactly; the time is in the record trace only.
   */
  exit(kind: number, domid: number, vcpu: number, stamp: number, a: number, b: number): void {
    this.word(stamp);
    this.word((kind << 24) | 0x800000);
    this.word((domid << 16) | vcpu);
    this.word(a);
    this.word(b);
    if (this.records !== null) this.record(this.clock(), kind, domid, vcpu, a, b);
  }

  private record(time: number, kind: number, domid: number, vcpu: number, a: number, b: number): void {
    const records = this.records as TraceRecord[];
    if (records.length >= this.limit) {
      records.shift();
      this.dropped++;
    }
    records.push({ time, kind, domid, vcpu, a, b });
  }

  /** Two 32-bit lanes: FNV-1a over whole words, and a multiply–xorshift lane. */
  private word(w: number): void {
    this.h0 = Math.imul(this.h0 ^ w, FNV_PRIME);
    const h1 = Math.imul(this.h1 ^ w, LANE_B_PRIME);
    this.h1 = h1 ^ (h1 >>> 15);
  }

  /** 16 hex digits. */
  hash(): string {
    return (this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h0 >>> 0).toString(16).padStart(8, '0');
  }

  recordsSnapshot(): { records: TraceRecord[]; dropped: number } {
    return { records: this.records ? this.records.slice() : [], dropped: this.dropped };
  }
}
