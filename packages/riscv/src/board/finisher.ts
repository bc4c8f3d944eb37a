import type { Bus } from '../memory';
import { BUS_FAULT } from '../constants';

const FINISHER_FAIL = 0x3333;
const FINISHER_PASS = 0x5555;
const FINISHER_RESET = 0x7777;

/** What the guest asked the finisher for. */
export type FinisherRequest = { kind: 'exit'; code: number } | { kind: 'reset' };

/**
 * SiFive's test finisher ("sifive,test0" on QEMU virt): a 32-bit write of 0x5555 powers off
 * with status 0, `code << 16 | 0x3333` with status `code`, 0x7777 resets. Other values are
 * ignored, as QEMU ignores them.
 */
export class SifiveTestFinisher implements Bus {
  static readonly SIZE = 0x1000;

  constructor(private readonly onRequest: (request: FinisherRequest) => void) {}

  read(offset: number, _size: 1 | 2 | 4): number {
    return offset < SifiveTestFinisher.SIZE ? 0 : BUS_FAULT;
  }

  write(offset: number, size: 1 | 2 | 4, value: number): boolean {
    if (offset >= SifiveTestFinisher.SIZE) return false;
    if (offset !== 0 || size === 1) return true;
    const status = value & 0xffff;
    if (status === FINISHER_PASS) this.onRequest({ kind: 'exit', code: 0 });
    else if (status === FINISHER_FAIL) this.onRequest({ kind: 'exit', code: size === 4 ? value >>> 16 : 0 });
    else if (status === FINISHER_RESET) this.onRequest({ kind: 'reset' });
    return true;
  }
}
