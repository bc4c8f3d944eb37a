/**
 * Physical Memory Protection (privileged spec 1.12, section 3.7): 16 entries (pmpcfg0..3,
 * pmpaddr0..15 on RV32) with granularity G = 10, i.e. 4 KiB.
 *
 * The granularity is chosen so that a 4 KiB page is never split between entries: every page has
 * one set of permissions per privilege class, so PhysMemory checks PMP once, when it fills a TLB
 * entry, and the per-access fast paths stay as they are. What G implies for software, as the
 * spec says:
 *  - pmpaddr holds bits [33:2] of an address; bit G-1 (9) is stored, bits [G-2:0] are not.
 *    NAPOT reads bits [G-2:0] as ones; OFF and TOR read bits [G-1:0] as zeros (the stored bit
 *    G-1 comes back when the entry is switched to NAPOT again).
 *  - NAPOT regions are at least 4 KiB; TOR bounds are taken at 4 KiB granularity.
 *  - NA4 is not selectable: writing A = NA4 selects NAPOT (the smallest NAPOT region, 4 KiB,
 *    contains the word NA4 would have named).
 * Other WARL choices: R = 0 with W = 1 (reserved) stores W = 0; entries 16..63 are not
 * implemented (pmpcfg4..15 and pmpaddr16..63 read as zero and ignore writes).
 */

export const PMP_ENTRIES = 16;
/** Granularity: regions are multiples of 2^(G+2) bytes. */
export const PMP_G = 10;

export const PMP_R = 0x01;
export const PMP_W = 0x02;
export const PMP_X = 0x04;
export const PMP_A = 0x18;
export const PMP_L = 0x80;
export const PMP_OFF = 0x00;
export const PMP_TOR = 0x08;
export const PMP_NA4 = 0x10;
export const PMP_NAPOT = 0x18;

const RWX = PMP_R | PMP_W | PMP_X;
/** Bits [G-2:0] of pmpaddr: not stored, read as ones under NAPOT. */
const LOW_ONES = (1 << (PMP_G - 1)) - 1;
/** Bits [G-1:0]: read as zeros under OFF and TOR. */
const LOW_ZEROS = (1 << PMP_G) - 1;
/** Pages in the 32-bit physical address space this hart can reach. */
const SPACE_PAGES = 0x10_0000;
/** pmpaddr units (4 bytes) per page. */
const UNITS_PER_PAGE = 1024;

/**
 * The permissions PMP gives one privilege class, page by page: page ranges starting at
 * starts[k] (ascending, starts[0] = 0) carry perms[k] (R/W/X bits). Immutable.
 */
export class PmpView {
  /** Every access allowed: lets M-mode without locked entries skip PMP entirely. */
  readonly allowAll: boolean;

  constructor(readonly starts: readonly number[], readonly perms: readonly number[]) {
    this.allowAll = perms.length === 1 && perms[0] === RWX;
  }

  /** R/W/X bits for page number `vpn` (address >>> 12). */
  perm(vpn: number): number {
    if (this.allowAll) return RWX;
    const starts = this.starts;
    let k = starts.length - 1;
    while (starts[k] > vpn) k--;
    return this.perms[k];
  }

  /** Whether both views give every page the same permissions. */
  sameAs(other: PmpView): boolean {
    if (this === other) return true;
    if (this.starts.length !== other.starts.length) return false;
    for (let k = 0; k < this.starts.length; k++) {
      if (this.starts[k] !== other.starts[k] || this.perms[k] !== other.perms[k]) return false;
    }
    return true;
  }
}

export const PMP_ALLOW_ALL = new PmpView([0], [RWX]);
const DENY_ALL = new PmpView([0], [0]);

/** PMP state of one hart, with the views derived from it (rebuilt on every change). */
export class Pmp {
  /** pmpcfg bytes, legalized. */
  readonly cfg = new Uint8Array(PMP_ENTRIES);
  /** pmpaddr as stored (bits [G-2:0] zero), unsigned. */
  readonly addr = new Array<number>(PMP_ENTRIES).fill(0);
  /** What M-mode accesses may do (locked entries only; no match → allowed). */
  machineView: PmpView = PMP_ALLOW_ALL;
  /** What S- and U-mode accesses may do (no match → denied). */
  userView: PmpView = DENY_ALL;

  /** pmpcfgN (N = 0..15): four entries' bytes, little end first. */
  readCfg(n: number): number {
    if (n * 4 >= PMP_ENTRIES) return 0;
    const c = this.cfg;
    return (c[n * 4] | (c[n * 4 + 1] << 8) | (c[n * 4 + 2] << 16) | (c[n * 4 + 3] << 24)) >>> 0;
  }

  writeCfg(n: number, value: number): void {
    if (n * 4 >= PMP_ENTRIES) return;
    for (let k = 0; k < 4; k++) {
      const i = n * 4 + k;
      if ((this.cfg[i] & PMP_L) === 0) this.cfg[i] = legalCfg((value >>> (8 * k)) & 0xff);
    }
    this.rebuild();
  }

  /** pmpaddrI as software reads it (depends on entry I's mode, see above). */
  readAddr(i: number): number {
    if (i >= PMP_ENTRIES) return 0;
    const a = this.addr[i];
    return ((this.cfg[i] & PMP_A) === PMP_NAPOT ? a | LOW_ONES : a & ~LOW_ZEROS) >>> 0;
  }

  writeAddr(i: number, value: number): void {
    if (i >= PMP_ENTRIES || this.addrLocked(i)) return;
    this.addr[i] = (value & ~LOW_ONES) >>> 0;
    this.rebuild();
  }

  /** Restores saved state (no lock checks: locks are part of what is restored). */
  load(cfg: readonly number[], addr: readonly number[]): void {
    if (cfg.length !== PMP_ENTRIES || addr.length !== PMP_ENTRIES) throw new RangeError(`PMP state must hold ${PMP_ENTRIES} entries`);
    for (let i = 0; i < PMP_ENTRIES; i++) {
      if (!Number.isInteger(cfg[i]) || cfg[i] < 0 || cfg[i] > 0xff) throw new RangeError(`pmpcfg byte ${i} is not a byte`);
      if (!Number.isInteger(addr[i]) || addr[i] < 0 || addr[i] > 0xffff_ffff) throw new RangeError(`pmpaddr${i} is not a 32-bit value`);
      this.cfg[i] = legalCfg(cfg[i]);
      this.addr[i] = (addr[i] & ~LOW_ONES) >>> 0;
    }
    this.rebuild();
  }

  /** A locked entry, or the top of a locked TOR entry above it, cannot be rewritten. */
  private addrLocked(i: number): boolean {
    if ((this.cfg[i] & PMP_L) !== 0) return true;
    const next = i + 1 < PMP_ENTRIES ? this.cfg[i + 1] : 0;
    return (next & PMP_L) !== 0 && (next & PMP_A) === PMP_TOR;
  }

  /** Entry i's page range [lo, hi) (clipped to the 32-bit space), or null when it is off. */
  private range(i: number): [number, number] | null {
    const mode = this.cfg[i] & PMP_A;
    if (mode === PMP_OFF) return null;
    if (mode === PMP_TOR) {
      const lo = i === 0 ? 0 : Math.floor(this.addr[i - 1] / UNITS_PER_PAGE);
      const hi = Math.floor(this.addr[i] / UNITS_PER_PAGE);
      return lo < hi ? [lo, Math.min(hi, SPACE_PAGES)] : null;
    }
    // NAPOT: t trailing ones in the read value encode a region of 2^(t+3) bytes.
    const y = this.readAddr(i);
    let t = 0;
    while (t < 32 && Math.floor(y / 2 ** t) % 2 === 1) t++;
    const units = 2 ** (t + 1);
    const lo = (Math.floor(y / units) * units) / UNITS_PER_PAGE;
    const hi = lo + units / UNITS_PER_PAGE;
    return lo < SPACE_PAGES ? [lo, Math.min(hi, SPACE_PAGES)] : null;
  }

  private rebuild(): void {
    const ranges: Array<[number, number] | null> = [];
    const cuts = new Set<number>([0]);
    let locked = false;
    for (let i = 0; i < PMP_ENTRIES; i++) {
      const r = this.range(i);
      ranges.push(r);
      if (r !== null) { cuts.add(r[0]); if (r[1] < SPACE_PAGES) cuts.add(r[1]); }
      if ((this.cfg[i] & PMP_L) !== 0 && r !== null) locked = true;
    }
    const starts = [...cuts].sort((p, q) => p - q);
    this.machineView = locked ? this.view(starts, ranges, true) : PMP_ALLOW_ALL;
    this.userView = this.view(starts, ranges, false);
  }

  /** Evaluates the lowest-numbered matching entry for each piece between cuts. */
  private view(starts: readonly number[], ranges: ReadonlyArray<[number, number] | null>, machine: boolean): PmpView {
    const outStarts: number[] = [];
    const outPerms: number[] = [];
    for (const page of starts) {
      let perm = machine ? RWX : 0;
      for (let i = 0; i < PMP_ENTRIES; i++) {
        const r = ranges[i];
        if (r === null || page < r[0] || page >= r[1]) continue;
        if (!machine || (this.cfg[i] & PMP_L) !== 0) perm = this.cfg[i] & RWX;
        break;
      }
      if (outPerms.length > 0 && outPerms[outPerms.length - 1] === perm) continue;
      outStarts.push(page);
      outPerms.push(perm);
    }
    if (outPerms.length === 1 && outPerms[0] === RWX) return PMP_ALLOW_ALL;
    if (outPerms.length === 1 && outPerms[0] === 0) return DENY_ALL;
    return new PmpView(outStarts, outPerms);
  }
}

/** WARL rules of one pmpcfg byte (bits 6:5 are reserved, read as zero). */
function legalCfg(b: number): number {
  let c = b & (PMP_L | PMP_A | RWX);
  if ((c & PMP_R) === 0) c &= ~PMP_W;
  if ((c & PMP_A) === PMP_NA4) c = (c & ~PMP_A) | PMP_NAPOT;
  return c;
}
