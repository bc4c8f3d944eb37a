import * as C from './constants';
import { BUS_FAULT, PRIV_M, PRIV_S, PRIV_U } from './constants';
import { CSR_ABSENT, MIE_MASK, csrAllowed, csrRead, csrWrite } from './csr';
import { amoValue, interpret } from './interpreter';
import { Op } from './isa';
import { FILL_OK, FILL_PAGE_FAULT, MISALIGNED, PAGE_FAULT, PhysMemory, STORE_DONE, STORE_MISALIGNED, STORE_PAGE_FAULT } from './memory';
import { Pmp } from './pmp';
import { CTX_BARE, CTX_MXR, CTX_SUM, CTX_SV32, CTX_USER, SATP_MODE_SV32 } from './sv32';
import { TLB_MASK } from './tlb';
import { enterSupervisor, interruptToTake, takeTrap } from './trap';

/** Everything needed to save/restore/migrate a hart, as a plain JSON-able object. */
export interface HartState {
  x: number[];
  pc: number;
  priv: number;
  instret: number;
  /** mcycle minus instret (non-zero only after software wrote mcycle). */
  cycleOffset: number;
  csr: {
    mstatus: number; medeleg: number; mideleg: number; mie: number; mip: number;
    mtvec: number; stvec: number; mepc: number; sepc: number; mcause: number; scause: number;
    mtval: number; stval: number; mscratch: number; sscratch: number;
    mcounteren: number; scounteren: number; satp: number;
  };
  /** Physical Memory Protection: the 16 pmpcfg bytes and the 16 pmpaddr registers as stored. */
  pmp: { cfg: number[]; addr: number[] };
  /** Address of the LR reservation, or null. */
  reservation: number | null;
  waiting: boolean;
}

/** run()'s budget is clamped to this so the countdown stays a small integer. */
const MAX_BUDGET = 0x7fff_ffff;

/**
 * One RV32IMA_Zicsr_Zifencei hart with M, S and U modes, and Bare or Sv32 addressing (sv32.ts).
 *
 * Behaviour chosen where the spec leaves a choice:
 *  - misaligned loads/stores whose bytes are all RAM are performed (byte by byte, not
 *    atomically), as QEMU does; otherwise (any byte outside RAM, or a read-only page) they trap
 *    as load/store address misaligned with tval = the address — after translation: a page
 *    fault or access fault of either page comes first, with tval = the address, or the start
 *    of the second page when only that one faults (where a byte-by-byte access would stop).
 *    Misaligned LR traps as a misaligned load, SC/AMO as a misaligned store (before
 *    translation); LR/SC/AMO outside RAM raise load (LR) or store/AMO access faults.
 *  - an SC fails after any trap, xRET, host write to memory or another hart running on the
 *    same PhysMemory since its LR.
 *  - stores invalidate decoded instructions exactly, through whichever virtual page they are
 *    made (code-cache.ts keeps one decoded page per frame), so FENCE.I has nothing left to do.
 *  - Sv32 (sv32.ts): A/D are set by the page walk; the TLB (tlb.ts) is flushed whenever
 *    satp, the privilege or SUM/MXR/MPRV/MPP change what a walk would answer, and SFENCE.VMA
 *    drops the page named by rs1 (every page for x0) whatever its ASID operand.
 *  - WFI in U-mode, or in S-mode with mstatus.TW, is illegal at once.
 *  - PMP has 16 entries with a 4 KiB granularity (pmp.ts), so it is checked per page when
 *    memory installs a translation, not per access. At reset no entry is enabled, so S- and
 *    U-mode can access nothing until M-mode programs one (as on QEMU's virt machine).
 *  - cycle equals instret unless software writes mcycle; a trap taken consumes one unit of
 *    run()'s budget (and counts in its return value) but does not retire an instruction.
 *
 * Instructions run in the interpreter (interpreter.ts, generated from the op table isa.ts) and,
 * when hot, as compiled regions (block-compiler.ts); a region retires exactly what the interpreter would (it starts a basic block only when
 * the budget covers all of it and hands anything that may trap or change machine state back
 * to the interpreter), so results, instret and run()'s return value do not depend on what got
 * compiled: run(budget) never uses more than `budget`.
 */
export class Hart {
  /** x0..x31, then a scratch slot (32) that absorbs writes to x0; sized 64 so that every
   *  index the decoder can produce (6-bit rd) is in bounds. The interpreter and compiled
   *  regions use it; everyone else reads `x`. */
  readonly regs = new Int32Array(64);
  /** x[0] reads 0. */
  readonly x: Int32Array = this.regs.subarray(0, 32);
  /** Unsigned. */
  pc = 0;
  priv = PRIV_M;
  instret = 0;
  cycleOffset = 0;
  timeSource: () => number;
  stopRequested = false;
  waiting = false;
  onMachineTrap: ((hart: Hart, cause: number, tval: number, epc: number) => boolean) | null = null;
  /**
   * Called just before a pending interrupt is taken, for a platform whose interrupt lines
   * follow memory (hvsim's SEIP: an event-channel upcall pending and not masked in vcpu_info)
   * to bring them up to date with setPending: a line that dropped meanwhile (the guest acked
   * the upcall and returned) then causes no spurious trap.
   */
  onInterruptPending: ((hart: Hart) => void) | null = null;

  readonly mem: PhysMemory;
  readonly hartId: number;

  // CSR state (int32 bit patterns); read and write them through readCsr/writeCsr.
  mstatus = 0;
  medeleg = 0;
  mideleg = 0;
  mie = 0;
  mip = 0;
  mtvec = 0;
  stvec = 0;
  mepc = 0;
  sepc = 0;
  mcause = 0;
  scause = 0;
  mtval = 0;
  stval = 0;
  mscratch = 0;
  sscratch = 0;
  mcounteren = 0;
  scounteren = 0;
  satp = 0;
  /** PMP entries; write them through the pmpcfg/pmpaddr CSRs. */
  readonly pmp = new Pmp();

  reservationValid = false;
  reservationAddr = 0;
  reservationEpoch = 0;
  /** An interrupt is pending, enabled and must be taken before the next instruction. */
  irqReady = false;

  constructor(mem: PhysMemory, hartId: number) {
    this.mem = mem;
    this.hartId = hartId;
    this.timeSource = () => this.instret;
  }

  /** Host-side CSR read without privilege checks; unsigned. Throws for an unknown CSR. */
  readCsr(csr: number): number {
    const v = csrRead(this, csr);
    if (v === CSR_ABSENT) throw new RangeError(`unknown CSR 0x${csr.toString(16)}`);
    return v;
  }

  /** Host-side CSR write without privilege checks (WARL rules still apply). */
  writeCsr(csr: number, value: number): void {
    if (csrRead(this, csr) === CSR_ABSENT) throw new RangeError(`unknown CSR 0x${csr.toString(16)}`);
    csrWrite(this, csr, value);
  }

  /** Recomputes irqReady; call after changing mip/mie/mideleg/mstatus/priv directly. */
  updateInterrupts(): void {
    this.irqReady = interruptToTake(this) >= 0;
  }

  /** Tells memory which PMP views and translation contexts this hart's fetches and
   *  loads/stores are under; call after changing priv, mstatus (MPRV, MPP, SUM, MXR), satp or
   *  PMP. Loads/stores use MPP when M-mode sets MPRV. */
  updateMemoryViews(): void {
    const m = this.pmp.machineView, u = this.pmp.userView;
    const dataPriv = this.priv === PRIV_M && (this.mstatus & C.MSTATUS_MPRV) !== 0
      ? (this.mstatus & C.MSTATUS_MPP) >>> C.MSTATUS_MPP_SHIFT : this.priv;
    let dataCtx = CTX_BARE, fetchCtx = CTX_BARE;
    if ((this.satp & SATP_MODE_SV32) !== 0) {
      if (dataPriv !== PRIV_M) {
        dataCtx = CTX_SV32 | (dataPriv === PRIV_U ? CTX_USER : 0) |
          (this.mstatus & C.MSTATUS_SUM ? CTX_SUM : 0) | (this.mstatus & C.MSTATUS_MXR ? CTX_MXR : 0);
      }
      if (this.priv !== PRIV_M) fetchCtx = CTX_SV32 | (this.priv === PRIV_U ? CTX_USER : 0);
    }
    this.mem.setContext(dataPriv === PRIV_M ? m : u, this.priv === PRIV_M ? m : u, dataCtx, fetchCtx, this.satp);
  }

  setPending(mask: number, on: boolean): void {
    mask &= MIE_MASK;
    this.mip = on ? this.mip | mask : this.mip & ~mask;
    this.updateInterrupts();
    if ((this.mip & this.mie) !== 0) this.waiting = false;
  }

  trapToSupervisor(cause: number, tval: number, epc: number): void {
    enterSupervisor(this, cause >>> 0, tval, epc);
    this.updateInterrupts();
    this.updateMemoryViews();
  }

  saveState(): HartState {
    return {
      x: Array.from(this.x),
      pc: this.pc >>> 0,
      priv: this.priv,
      instret: this.instret,
      cycleOffset: this.cycleOffset,
      csr: {
        mstatus: this.mstatus, medeleg: this.medeleg, mideleg: this.mideleg, mie: this.mie, mip: this.mip,
        mtvec: this.mtvec, stvec: this.stvec, mepc: this.mepc, sepc: this.sepc, mcause: this.mcause,
        scause: this.scause, mtval: this.mtval, stval: this.stval, mscratch: this.mscratch,
        sscratch: this.sscratch, mcounteren: this.mcounteren, scounteren: this.scounteren, satp: this.satp,
      },
      pmp: { cfg: Array.from(this.pmp.cfg), addr: this.pmp.addr.slice() },
      reservation: this.reservationValid ? this.reservationAddr : null,
      waiting: this.waiting,
    };
  }

  loadState(s: HartState): void {
    if (s.x.length !== 32) throw new RangeError('HartState.x must hold 32 registers');
    if (s.priv !== PRIV_U && s.priv !== PRIV_S && s.priv !== PRIV_M) throw new RangeError(`HartState.priv ${s.priv} is not a privilege level`);
    if (typeof s.pmp !== 'object' || s.pmp === null || !Array.isArray(s.pmp.cfg) || !Array.isArray(s.pmp.addr)) throw new RangeError('HartState.pmp must hold cfg and addr arrays');
    this.pmp.load(s.pmp.cfg, s.pmp.addr);
    for (let k = 0; k < 32; k++) this.regs[k] = s.x[k];
    this.regs[0] = 0;
    this.pc = s.pc >>> 0;
    this.priv = s.priv;
    this.instret = s.instret;
    this.cycleOffset = s.cycleOffset;
    const c = s.csr;
    this.mstatus = c.mstatus | 0; this.medeleg = c.medeleg | 0; this.mideleg = c.mideleg | 0;
    this.mie = c.mie | 0; this.mip = c.mip | 0; this.mtvec = c.mtvec | 0; this.stvec = c.stvec | 0;
    this.mepc = c.mepc | 0; this.sepc = c.sepc | 0; this.mcause = c.mcause | 0; this.scause = c.scause | 0;
    this.mtval = c.mtval | 0; this.stval = c.stval | 0; this.mscratch = c.mscratch | 0;
    this.sscratch = c.sscratch | 0; this.mcounteren = c.mcounteren | 0; this.scounteren = c.scounteren | 0;
    this.satp = c.satp | 0;
    this.reservationValid = s.reservation !== null;
    this.reservationAddr = s.reservation ?? 0;
    // The reservation counts as taken now; stores by other harts from here on still break it.
    this.mem.runner = this;
    this.reservationEpoch = this.mem.epoch;
    this.waiting = s.waiting;
    this.updateInterrupts();
    this.updateMemoryViews();
  }

  /**
   * Executes up to `budget` steps (an instruction retired, or a trap taken); returns the
   * number used. Stops early on stopRequested (cleared on entry) or on WFI with nothing to do.
   */
  run(budget: number): number {
    budget = Math.min(Math.floor(budget), MAX_BUDGET);
    if (!(budget > 0)) return 0;
    const mem = this.mem;
    if (mem.runner !== this) { mem.runner = this; mem.epoch++; }
    this.stopRequested = false;
    this.updateInterrupts();
    this.updateMemoryViews();
    if (this.waiting) {
      if ((this.mip & this.mie) === 0) return 0;
      this.waiting = false;
    }
    return interpret(this, budget);
  }

  // ---- the interpreter's slow paths (interpreter.ts); each answers whether the instruction
  // retired (else it trapped).

  /** Load that missed the TLB (or is misaligned, or goes to the Bus). */
  slowLoad(addr: number, size: 1 | 2 | 4, rd: number): boolean {
    const v = (addr & (size - 1)) === 0 ? this.mem.load(addr, size) : this.mem.loadMisaligned(addr, size as 2 | 4);
    if (v === MISALIGNED) { takeTrap(this, C.CAUSE_MISALIGNED_LOAD, addr, this.pc); return false; }
    if (v === BUS_FAULT || v === PAGE_FAULT) {
      takeTrap(this, v === PAGE_FAULT ? C.CAUSE_LOAD_PAGE_FAULT : C.CAUSE_LOAD_ACCESS, this.mem.faultAddr, this.pc);
      return false;
    }
    this.regs[rd] = v;
    this.pc = (this.pc + 4) >>> 0;
    return true;
  }

  slowStore(addr: number, size: 1 | 2 | 4, value: number): boolean {
    const r = (addr & (size - 1)) === 0 ? this.mem.store(addr, size, value) : this.mem.storeMisaligned(addr, size as 2 | 4, value);
    if (r !== STORE_DONE) {
      if (r === STORE_MISALIGNED) takeTrap(this, C.CAUSE_MISALIGNED_STORE, addr, this.pc);
      else takeTrap(this, r === STORE_PAGE_FAULT ? C.CAUSE_STORE_PAGE_FAULT : C.CAUSE_STORE_ACCESS, this.mem.faultAddr, this.pc);
      return false;
    }
    this.pc = (this.pc + 4) >>> 0;
    return true;
  }

  /** CSRRW/S/C and their immediate forms; `insn` is the raw instruction. */
  execCsr(insn: number): boolean {
    const f3 = (insn >> 12) & 7, rd = (insn >> 7) & 31, rs1 = (insn >> 15) & 31, csr = insn >>> 20;
    const src = f3 & 4 ? rs1 : this.regs[rs1];
    const kind = f3 & 3; // 1 write, 2 set, 3 clear
    const writes = kind === 1 || rs1 !== 0;
    const old = csrAllowed(this, csr, writes) ? csrRead(this, csr) : CSR_ABSENT;
    if (old === CSR_ABSENT) { takeTrap(this, C.CAUSE_ILLEGAL_INSTRUCTION, insn >>> 0, this.pc); return false; }
    if (writes) csrWrite(this, csr, kind === 1 ? src : kind === 2 ? old | src : old & ~src);
    if (rd !== 0) this.regs[rd] = old;
    this.pc = (this.pc + 4) >>> 0;
    return true;
  }

  /** LR.W, SC.W and the AMOs: word-aligned RAM only. */
  execAtomic(op: number, rd: number, addr: number, src: number, funct5: number): boolean {
    const mem = this.mem, tlb = mem.tlb;
    if ((addr & 3) !== 0) {
      takeTrap(this, op === Op.LR ? C.CAUSE_MISALIGNED_LOAD : C.CAUSE_MISALIGNED_STORE, addr, this.pc);
      return false;
    }
    const vpn = addr >>> 12, s = vpn & TLB_MASK, o = (addr & 4095) >> 2;
    if (op === Op.LR) {
      const r = tlb.rtag[s] === vpn ? FILL_OK : mem.fillRead(vpn);
      if (r !== FILL_OK) { takeTrap(this, r === FILL_PAGE_FAULT ? C.CAUSE_LOAD_PAGE_FAULT : C.CAUSE_LOAD_ACCESS, addr, this.pc); return false; }
      this.regs[rd] = tlb.r32[s][o];
      this.reservationValid = true;
      this.reservationAddr = addr;
      this.reservationEpoch = mem.epoch;
    } else {
      const r = tlb.wtag[s] === vpn ? FILL_OK : mem.fillWrite(vpn);
      if (r !== FILL_OK) { takeTrap(this, r === FILL_PAGE_FAULT ? C.CAUSE_STORE_PAGE_FAULT : C.CAUSE_STORE_ACCESS, addr, this.pc); return false; }
      const words = tlb.w32[s];
      const old = words[o];
      let value = old;
      let store = true;
      if (op === Op.SC) {
        store = this.reservationValid && this.reservationAddr === addr && this.reservationEpoch === mem.epoch;
        this.reservationValid = false;
        value = src;
        this.regs[rd] = store ? 0 : 1;
      } else {
        value = amoValue(funct5, old, src);
        this.regs[rd] = old;
      }
      if (store) {
        words[o] = value;
        const c = tlb.wcode[s];
        if (c !== null && c[o] !== 0) mem.codeWritten(vpn, o);
      }
    }
    this.pc = (this.pc + 4) >>> 0;
    return true;
  }
}
