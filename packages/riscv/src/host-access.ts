import { BUS_FAULT, PAGE_SHIFT, PAGE_SIZE } from './constants';
import type { Bus, Frame } from './memory';

/** What the host accessors need of the address space (PhysMemory provides it). */
export interface HostPort {
  readonly bus: Bus;
  /** RAM frame of physical page `ppn` for the host: null when it is not RAM, false when
   *  `forWrite` and the page is not writable. */
  frame(ppn: number, forWrite: boolean): Frame | null | false;
  /** The host changed physical [addr, addr+len): decoded code there is stale. */
  wrote(addr: number, len: number): void;
}

/**
 * The host's reads and writes of guest-physical memory (PhysMemory.read/write/readBytes/
 * writeBytes). The host is not a hart: addresses are physical, PMP does not apply, any
 * alignment is fine inside RAM, and what is not RAM goes to the Bus.
 */
export class HostAccess {
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
    const f = this.port.frame(addr >>> PAGE_SHIFT, false);
    if (f === null || f === false) return this.port.bus.read(addr, size);
    const o = addr & (PAGE_SIZE - 1);
    let v = 0;
    for (let k = 0; k < size; k++) v |= f[o + k] << (8 * k);
    return v >>> 0;
  }

  private store(addr: number, size: 1 | 2 | 4, value: number): boolean {
    const f = this.port.frame(addr >>> PAGE_SHIFT, true);
    if (f === false) return false;
    if (f === null) return this.port.bus.write(addr, size, value);
    const o = addr & (PAGE_SIZE - 1);
    for (let k = 0; k < size; k++) f[o + k] = value >>> (8 * k);
    this.port.wrote(addr, size);
    return true;
  }

  /**
   * Copies between RAM at `addr` and `buf` (into the guest when `toGuest`); false, with
   * nothing copied into the guest, if any byte is not RAM (or not writable RAM).
   */
  copy(addr: number, buf: Uint8Array, toGuest: boolean): boolean {
    const end = addr + buf.length;
    if (end > 0x1_0000_0000) return false;
    // Check every page first, so that a refused copy changes nothing.
    for (let a = addr; a < end; a = (Math.floor(a / PAGE_SIZE) + 1) * PAGE_SIZE) {
      const f = this.port.frame(Math.floor(a / PAGE_SIZE), toGuest);
      if (f === null || f === false) return false;
    }
    for (let a = addr; a < end; ) {
      const vpn = Math.floor(a / PAGE_SIZE);
      const f = this.port.frame(vpn, toGuest);
      if (f === null || f === false) return false;
      const o = a - vpn * PAGE_SIZE;
      const n = Math.min(PAGE_SIZE - o, end - a);
      const at = a - addr;
      if (toGuest) f.set(n === buf.length ? buf : buf.subarray(at, at + n), o);
      else buf.set(f.subarray(o, o + n), at);
      a += n;
    }
    if (toGuest && buf.length > 0) this.port.wrote(addr, buf.length);
    return true;
  }
}
