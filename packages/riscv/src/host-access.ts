import { BUS_FAULT, PAGE_SHIFT, PAGE_SIZE } from './constants';
import type { Bus, Frame } from './memory';

/** What the host accessors need of the address space (PhysMemory provides it). */
export interface HostPort {
  readonly bus: Bus;
  /** RAM frame of physical page `ppn` for the host: null when it is not RAM, false when
   *  `forWrite` and the page is not writable. `install`: a miss may install the translation
   *  where the running hart would (the hypervisor's word accesses to the few pages it keeps
   *  touching: shared_info, vcpu_info, rings); bulk copies pass false, so that a backend
   *  moving megabytes through a guest's pages does not evict the hart's entries. */
  frame(ppn: number, forWrite: boolean, install: boolean): Frame | null | false;
  /** The host changed physical [addr, addr+len): decoded code there is stale. */
  wrote(addr: number, len: number): void;
}

/**
 * The host's reads and writes of guest-physical memory (PhysMemory.read/write/readBytes/
 * writeBytes). The host is not a hart: addresses are physical, PMP does not apply, any
 * alignment is fine inside RAM, and what is not RAM goes to the Bus.
 */
export class HostAccess {
  /** Frames of the pages a copy spans (reused: no allocation per copy). */
  private readonly frames: Frame[] = [];

  constructor(private readonly port: HostPort) {}

  /** Value (zero-extended) or BUS_FAULT. */
  read(addr: number, size: 1 | 2 | 4): number {
    if ((addr & (size - 1)) === 0) return this.load(addr, size);
    let v = 0;
    for (let k = 0; k < size; k++) {
      const b = this.load((addr + k) >>> 0, 1);
      if (b === BUS_FAULT) return BUS_FAULT;
      v |= b << (8 * k);
    }
    return v >>> 0;
  }

  /** False when refused (a byte not writable, or the Bus said no); a misaligned write may have
   *  done its first bytes by then. */
  write(addr: number, size: 1 | 2 | 4, value: number): boolean {
    if ((addr & (size - 1)) === 0) return this.store(addr, size, value);
    for (let k = 0; k < size; k++) {
      if (!this.store((addr + k) >>> 0, 1, value >>> (8 * k))) return false;
    }
    return true;
  }

  private load(addr: number, size: 1 | 2 | 4): number {
    const f = this.port.frame(addr >>> PAGE_SHIFT, false, true);
    if (f === null || f === false) return this.port.bus.read(addr, size);
    const o = addr & (PAGE_SIZE - 1);
    let v = 0;
    for (let k = 0; k < size; k++) v |= f[o + k] << (8 * k);
    return v >>> 0;
  }

  private store(addr: number, size: 1 | 2 | 4, value: number): boolean {
    const f = this.port.frame(addr >>> PAGE_SHIFT, true, true);
    if (f === false) return false;
    if (f === null) return this.port.bus.write(addr, size, value);
    const o = addr & (PAGE_SIZE - 1);
    for (let k = 0; k < size; k++) f[o + k] = value >>> (8 * k);
    this.port.wrote(addr, size);
    return true;
  }

  /**
   * Copies between RAM at `addr` and `buf[from, from + length)` (into the guest when
   * `toGuest`); false, with nothing copied into the guest, if any byte is not RAM (or not
   * writable RAM). Each page is looked up once: every frame is found before any byte moves, so
   * that a refused copy changes nothing.
   */
  copy(addr: number, buf: Uint8Array, toGuest: boolean, from = 0, length = buf.length): boolean {
    const end = addr + length;
    if (end > 0x1_0000_0000) return false;
    if (length === 0) return true;
    const first = Math.floor(addr / PAGE_SIZE);
    const o = addr - first * PAGE_SIZE;
    if (o + length <= PAGE_SIZE) {
      // One page, the usual case (a grant copy, a hypercall argument).
      const f = this.port.frame(first, toGuest, false);
      if (f === null || f === false) return false;
      if (toGuest) copyRange(f, o, buf, from, length);
      else copyRange(buf, from, f, o, length);
    } else {
      const frames = this.framesOf(first, Math.floor((end - 1) / PAGE_SIZE), toGuest);
      if (frames === null) return false;
      for (let a = addr, i = 0; a < end; i++) {
        const po = a & (PAGE_SIZE - 1);
        const n = Math.min(PAGE_SIZE - po, end - a);
        const at = from + (a - addr);
        if (toGuest) copyRange(frames[i], po, buf, at, n);
        else copyRange(buf, at, frames[i], po, n);
        a += n;
      }
      frames.length = 0;
    }
    if (toGuest) this.port.wrote(addr, length);
    return true;
  }

  /** The frames of physical pages [first, last] in this.frames, or null if one is not RAM (or
   *  not writable RAM when `forWrite`). */
  private framesOf(first: number, last: number, forWrite: boolean): Frame[] | null {
    const frames = this.frames;
    frames.length = 0;
    for (let ppn = first; ppn <= last; ppn++) {
      const f = this.port.frame(ppn, forWrite, false);
      if (f === null || f === false) return null;
      frames.push(f);
    }
    return frames;
  }
}

/** Copies up to this many bytes go byte by byte: cheaper than making a view to copy from. */
const SMALL_COPY = 64;

/** dst[dstAt, +n) = src[srcAt, +n), making no view of src when it is copied whole or the copy is small. */
function copyRange(dst: Uint8Array, dstAt: number, src: Uint8Array, srcAt: number, n: number): void {
  if (n <= SMALL_COPY) {
    for (let i = 0; i < n; i++) dst[dstAt + i] = src[srcAt + i];
  } else {
    dst.set(srcAt === 0 && n === src.length ? src : src.subarray(srcAt, srcAt + n), dstAt);
  }
}
