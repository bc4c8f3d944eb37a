import { Op } from './decode';

export const INSNS_PER_PAGE = 1024;

/**
 * Decoded instructions of one 4 KiB page of RAM. Slots are decoded lazily on first execution
 * (Op.UNDECODED = 0), so invalidating an overwritten instruction is just zeroing its slot.
 * One extra slot past the end holds Op.PAGE_END, which sends the hart back to fetch the next
 * page without a bounds check per instruction.
 *
 * ops[i]  = op | rd << 8 | rs1 << 14 | rs2 << 19   (rd 0 is stored as 32, a scratch register)
 * imm[i]  = immediate, absolute target (branches, JAL, AUIPC) or the raw instruction.
 */
export class DecodedPage {
  /** Page number (address >>> 12) this page holds, -1 when free. */
  vpn = -1;
  /** Address of slot 0. */
  base = 0;
  /** Bytes from `base` that a jump may land in without re-fetching (0 for bus fetches). */
  span = 0;
  readonly ops: Int32Array;
  readonly imm: Int32Array;
  frame: Uint8Array = new Uint8Array(0);
  words: Int32Array;

  constructor(slots: number) {
    this.ops = new Int32Array(slots + 1);
    this.imm = new Int32Array(slots);
    this.words = new Int32Array(slots);
  }

  reset(vpn: number, base: number, frame: Uint8Array, words: Int32Array): void {
    this.vpn = vpn;
    this.base = base;
    this.span = INSNS_PER_PAGE * 4;
    this.frame = frame;
    this.words = words;
    this.ops.fill(Op.UNDECODED);
    this.ops[INSNS_PER_PAGE] = Op.PAGE_END;
  }

  /** Loads the single instruction word fetched from the Bus at `pc`. */
  resetForBus(pc: number, insn: number): void {
    this.vpn = -1;
    this.base = pc;
    this.span = 0;
    this.words[0] = insn;
    this.ops[0] = Op.UNDECODED;
    this.ops[1] = Op.PAGE_END;
  }
}
