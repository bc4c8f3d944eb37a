/**
 * Everything that would enter M-mode comes here (medeleg = 0; only the supervisor
 * interrupts are delegated). An ecall from S-mode is a hypercall or an SBI call; every other
 * exception is reflected into the guest's S-mode trap handler, as hardware with the H
 * extension would deliver it to VS-mode — unless the guest has no handler (stvec = 0) or is
 * stuck faulting at one spot without progress (a trap storm), which crashes the domain with that cause.
 */
import type { Hart } from '@hvsim/riscv';
// By module: the package index re-exports through getters too slow for the trap path.
import { CAUSE_INTERRUPT, CAUSE_SUPERVISOR_ECALL, CSR_STVEC } from '@hvsim/riscv/constants';
import { EXIT_CYCLES_HYPERCALL, EXIT_CYCLES_TRAP, TRAP_STORM_LIMIT } from './constants';
import type { Core } from './core';
import { sampleSeip } from './evtchn/delivery';
import { dispatchEcall } from './hypercall/dispatch';
import { ExitReason, TraceKind } from './trace';

const CAUSE_NAMES: Record<number, string> = {
  0: 'instruction address misaligned', 1: 'instruction access fault', 2: 'illegal instruction',
  3: 'breakpoint', 4: 'load address misaligned', 5: 'load access fault', 6: 'store/AMO address misaligned',
  7: 'store/AMO access fault', 8: 'environment call from U-mode', 12: 'instruction page fault',
  13: 'load page fault', 15: 'store/AMO page fault',
};

export function causeName(cause: number): string {
  return CAUSE_NAMES[cause] ?? `exception ${cause}`;
}

function hex(n: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}

/** Builds the onMachineTrap hook shared by every guest hart of the core. */
export function makeTrapHandler(core: Core): (hart: Hart, cause: number, tval: number, epc: number) => boolean {
  return (hart, cause, tval, epc) => {
    const v = core.curVcpu;
    if (v === null) return true; // not reachable: harts only run inside Core.runGuest
    if (cause === CAUSE_SUPERVISOR_ECALL) {
      core.extraCycles += EXIT_CYCLES_HYPERCALL;
      hart.pc = (epc + 4) >>> 0;
      v.trapRepeats = 0;
      dispatchEcall(core, v, hart);
      if (v.seipRaised || v.vcpuInfoMfn >= 0) sampleSeip(core, v);
      return true;
    }
    if (cause >= CAUSE_INTERRUPT) {
      // M-level interrupts are never raised on guest harts; nothing to do.
      v.domain.counters.exits[ExitReason.Interrupt]++;
      return true;
    }
    core.extraCycles += EXIT_CYCLES_TRAP;
    v.domain.counters.exits[ExitReason.Exception]++;
    core.trace.event(core.vcpuNow(), TraceKind.Trap, v.domain.domid, v.id, cause, epc);
    const stvec = hart.readCsr(CSR_STVEC);
    if (stvec === 0) {
      core.crash(v.domain, `${causeName(cause)} at pc ${hex(epc)} (tval ${hex(tval)}) with no trap handler (stvec = 0)`);
      hart.stopRequested = true;
      return true;
    }
    // No progress: the same fault again with at most one instruction (an sret) retired since.
    const progressed = hart.instret - v.lastTrapInstret > 1;
    v.lastTrapInstret = hart.instret;
    if (!progressed && epc === v.lastTrapPc && cause === v.lastTrapCause) {
      if (++v.trapRepeats >= TRAP_STORM_LIMIT) {
        core.crash(v.domain, `trap storm: ${causeName(cause)} at pc ${hex(epc)} ${TRAP_STORM_LIMIT} times in a row`);
        hart.stopRequested = true;
        return true;
      }
    } else {
      v.lastTrapPc = epc;
      v.lastTrapCause = cause;
      v.trapRepeats = 1;
    }
    hart.trapToSupervisor(cause, tval, epc);
    return true;
  };
}
