import { BUS_FAULT } from '../constants';
import type { ByteSink } from './uart';

/** The host accessors of guest memory the HTIF needs (PhysMemory provides them). */
export interface HtifMemory {
  read(addr: number, size: 4): number;
  write(addr: number, size: 4, value: number): boolean;
  readBytes(addr: number, dst: Uint8Array): boolean;
}

const TWO_32 = 0x1_0000_0000;
const DEV_SYSCALL = 0;
const DEV_CONSOLE = 1;
const CMD_PUTCHAR = 1;
const SYS_WRITE = 64;
const SYS_EXIT = 93;
const ENOSYS = 38;
const EFAULT = 14;
/** Longest SYS_write served in one call (bytes); a guest asking more gets a short write. */
const MAX_WRITE = 1 << 16;

/**
 * Berkeley HTIF as the riscv-tests and Spike use it, through the 64-bit `tohost` and
 * `fromhost` words in guest RAM (found through the ELF's symbols). The board polls `tohost`
 * between slices. A word with device 0 and bit 0 set is an exit: 1 = pass, odd `v` =
 * failure of test `v >> 1`. Device 0 with an even value points at a proxied syscall block
 * (`magic_mem`: which, arg0, arg1, arg2 as 64-bit words); write (64) to any fd goes to the
 * console, exit (93) ends the run, anything else answers -ENOSYS. Device 1 command 1 is the
 * console's putchar. Every request served is acknowledged in `fromhost`.
 */
export class Htif {
  constructor(
    private readonly mem: HtifMemory,
    private readonly tohost: number,
    private readonly fromhost: number | undefined,
    private readonly sink: ByteSink,
  ) {}

  /** Serves a pending request. Returns an exit code (0 = pass), or null to keep running. */
  poll(): number | null {
    const lo = this.mem.read(this.tohost, 4);
    const hi = this.mem.read(this.tohost + 4, 4);
    if (lo === BUS_FAULT || hi === BUS_FAULT || (lo === 0 && hi === 0)) return null;
    const device = hi >>> 24;
    const command = (hi >>> 16) & 0xff;
    const payload = (hi & 0xffff) * TWO_32 + (lo >>> 0);
    this.write64(this.tohost, 0);

    if (device === DEV_SYSCALL && (payload & 1) === 1) return Math.floor(payload / 2);
    if (device === DEV_SYSCALL) return this.syscall(payload);
    if (device === DEV_CONSOLE && command === CMD_PUTCHAR) {
      this.sink(lo & 0xff);
      this.acknowledge(device, command, 0);
    }
    return null;
  }

  private syscall(block: number): number | null {
    const which = this.read64(block);
    const arg = (i: number): number => this.read64(block + 8 * (i + 1));
    let result: number;
    if (which === SYS_EXIT) return arg(0);
    if (which === SYS_WRITE) result = this.sysWrite(arg(1), arg(2));
    else result = -ENOSYS;
    this.write64(block, result);
    this.acknowledge(DEV_SYSCALL, 0, 1);
    return null;
  }

  private sysWrite(buffer: number, length: number): number {
    const bytes = new Uint8Array(Math.min(length, MAX_WRITE));
    if (!this.mem.readBytes(buffer, bytes)) return -EFAULT;
    for (const byte of bytes) this.sink(byte);
    return bytes.length;
  }

  private acknowledge(device: number, command: number, value: number): void {
    if (this.fromhost === undefined) return;
    this.mem.write(this.fromhost, 4, value);
    this.mem.write(this.fromhost + 4, 4, ((device << 24) | (command << 16)) >>> 0);
  }

  private read64(addr: number): number {
    const lo = this.mem.read(addr, 4);
    const hi = this.mem.read(addr + 4, 4);
    if (lo === BUS_FAULT || hi === BUS_FAULT) return -1;
    return hi * TWO_32 + lo;
  }

  /** Writes a small signed value as a 64-bit little-endian word. */
  private write64(addr: number, value: number): void {
    this.mem.write(addr, 4, value >>> 0);
    this.mem.write(addr + 4, 4, value < 0 ? 0xffffffff : Math.floor(value / TWO_32) >>> 0);
  }
}
