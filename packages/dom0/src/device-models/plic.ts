/**
 * The platform-level interrupt controller an HVM domain sees (sifive,plic-1.0.0 register map,
 * laid out as on QEMU's virt board), served by dom0 next to the UART it routes:
 *
 *   0x000000 + 4·s        priority of source s (1..ndev; 0–7, 0 = never delivered)
 *   0x001000              pending bits (read-only)
 *   0x002000 + 0x80·c     enable bits of context c
 *   0x200000 + 0x1000·c   priority threshold of context c; +4 claim (read) / complete (write)
 *
 * Context 2n is vCPU n's M-mode external interrupt (no guest code runs in M-mode, so it drives
 * nothing), 2n+1 its S-mode one. Sources are level-triggered as QEMU models them: a source is
 * pending while its line is high and it is not claimed; a claim clears its pending bit until the
 * completion.
 */
/** Sources 1..31: one 32-bit word of pending and enable bits each. */
export const HVM_PLIC_NDEV = 31;
/** The UART's source number (as on QEMU virt). */
export const HVM_UART_IRQ = 10;

const PRIORITY_MAX = 7;
const PENDING_BASE = 0x1000;
const ENABLE_BASE = 0x2000;
const ENABLE_STRIDE = 0x80;
const CONTEXT_BASE = 0x20_0000;
const CONTEXT_STRIDE = 0x1000;
const SOURCES_MASK = 0xffff_fffe; // bit 0: source 0 does not exist

/** What `xl save` carries of the PLIC (outputs follow from it). */
export interface PlicState {
  priority: number[];
  enable: number[];
  threshold: number[];
  lines: number;
  claimed: number;
}

/** An S-mode external interrupt line of one vCPU changed level. */
export type ExternalIrqSink = (vcpu: number, level: boolean) => void;

export class PlicDeviceModel {
  private readonly priority = new Uint8Array(HVM_PLIC_NDEV + 1);
  private readonly enable: Uint32Array;
  private readonly threshold: Uint8Array;
  private readonly output: boolean[];
  private lines = 0;
  private pending = 0;
  private claimed = 0;

  constructor(private readonly nrVcpus: number, private readonly sink: ExternalIrqSink) {
    this.enable = new Uint32Array(2 * nrVcpus);
    this.threshold = new Uint8Array(2 * nrVcpus);
    this.output = new Array<boolean>(2 * nrVcpus).fill(false);
  }

  saveState(): PlicState {
    return { priority: [...this.priority], enable: [...this.enable], threshold: [...this.threshold], lines: this.lines, claimed: this.claimed };
  }

  /** Loads a saved state (from a file: checked, and refused whole if anything is off); the
   *  outputs are driven to what it implies. */
  loadState(state: unknown): void {
    if (typeof state !== 'object' || state === null) throw new Error('PLIC state: not an object');
    const s = state as Record<string, unknown>;
    const isU32 = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xffff_ffff;
    const isPriority = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= PRIORITY_MAX;
    const list = (k: string, length: number, ok: (v: unknown) => boolean): number[] => {
      const v = s[k];
      if (!Array.isArray(v) || v.length !== length || !v.every(ok)) throw new Error(`PLIC state: ${k} is not ${length} valid values`);
      return v as number[];
    };
    const priority = list('priority', this.priority.length, isPriority);
    const enable = list('enable', this.enable.length, isU32);
    const threshold = list('threshold', this.threshold.length, isPriority);
    if (!isU32(s.lines) || !isU32(s.claimed)) throw new Error('PLIC state: lines and claimed must be u32 bit sets');
    this.priority.set(priority);
    this.enable.set(enable.map((e) => (e & SOURCES_MASK) >>> 0));
    this.threshold.set(threshold);
    this.lines = (s.lines & SOURCES_MASK) >>> 0;
    this.claimed = (s.claimed & SOURCES_MASK) >>> 0;
    this.latch();
  }

  /** A device's interrupt output (source 1..ndev) changed level. */
  setLine(source: number, level: boolean): void {
    const bit = 1 << source;
    this.lines = level ? (this.lines | bit) >>> 0 : (this.lines & ~bit) >>> 0;
    this.latch();
  }

  /** A 32-bit register read; null for an access the PLIC does not decode (→ access fault). */
  read(offset: number): number | null {
    if ((offset & 3) !== 0) return null;
    if (offset < PENDING_BASE) return offset >= 4 && offset <= 4 * HVM_PLIC_NDEV ? this.priority[offset >> 2] : offset === 0 ? 0 : null;
    if (offset === PENDING_BASE) return this.pending;
    if (offset >= ENABLE_BASE && offset < CONTEXT_BASE) {
      const ctx = this.enableContext(offset);
      return ctx === null ? null : this.enable[ctx];
    }
    const reg = this.contextRegister(offset);
    if (reg === null) return null;
    return reg.claim ? this.claim(reg.ctx) : this.threshold[reg.ctx];
  }

  /** A 32-bit register write; false for an access the PLIC does not decode. */
  write(offset: number, value: number): boolean {
    if ((offset & 3) !== 0) return false;
    if (offset < PENDING_BASE) {
      if (offset === 0) return true;
      if (offset > 4 * HVM_PLIC_NDEV) return false;
      this.priority[offset >> 2] = Math.min(value >>> 0, PRIORITY_MAX);
    } else if (offset === PENDING_BASE) {
      return true; // read-only
    } else if (offset >= ENABLE_BASE && offset < CONTEXT_BASE) {
      const ctx = this.enableContext(offset);
      if (ctx === null) return false;
      this.enable[ctx] = (value & SOURCES_MASK) >>> 0;
    } else {
      const reg = this.contextRegister(offset);
      if (reg === null) return false;
      if (reg.claim) this.complete(reg.ctx, value >>> 0);
      else this.threshold[reg.ctx] = Math.min(value >>> 0, PRIORITY_MAX);
    }
    this.update();
    return true;
  }

  /** The highest-priority pending source enabled for ctx above its threshold (lowest id on a
   *  tie), now claimed; 0 when there is none. */
  private claim(ctx: number): number {
    const best = this.best(ctx);
    if (best !== 0) {
      this.pending = (this.pending & ~(1 << best)) >>> 0;
      this.claimed = (this.claimed | (1 << best)) >>> 0;
      this.update();
    }
    return best;
  }

  /** A completion for a source not enabled for the context is ignored, as the spec says. */
  private complete(ctx: number, source: number): void {
    if (source < 1 || source > HVM_PLIC_NDEV || (this.enable[ctx] & (1 << source)) === 0) return;
    this.claimed = (this.claimed & ~(1 << source)) >>> 0;
    this.latch();
  }

  private best(ctx: number): number {
    const candidates = this.pending & this.enable[ctx];
    let best = 0;
    let bestPriority = this.threshold[ctx];
    for (let s = 1; s <= HVM_PLIC_NDEV; s++) {
      if ((candidates & (1 << s)) !== 0 && this.priority[s] > bestPriority) {
        best = s;
        bestPriority = this.priority[s];
      }
    }
    return best;
  }

  /** Level-triggered gateways: pending follows the line while the source is not claimed. */
  private latch(): void {
    this.pending = (this.lines & ~this.claimed) >>> 0;
    this.update();
  }

  private update(): void {
    for (let ctx = 1; ctx < this.output.length; ctx += 2) {
      const level = this.best(ctx) !== 0;
      if (level !== this.output[ctx]) {
        this.output[ctx] = level;
        this.sink(ctx >> 1, level);
      }
    }
  }

  private enableContext(offset: number): number | null {
    const rel = offset - ENABLE_BASE;
    const ctx = Math.floor(rel / ENABLE_STRIDE);
    if (ctx >= this.enable.length) return null;
    return rel % ENABLE_STRIDE === 0 ? ctx : null;
  }

  private contextRegister(offset: number): { ctx: number; claim: boolean } | null {
    const rel = offset - CONTEXT_BASE;
    const ctx = Math.floor(rel / CONTEXT_STRIDE);
    if (rel < 0 || ctx >= this.threshold.length) return null;
    const reg = rel % CONTEXT_STRIDE;
    return reg === 0 ? { ctx, claim: false } : reg === 4 ? { ctx, claim: true } : null;
  }
}
