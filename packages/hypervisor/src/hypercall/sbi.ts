/**
 * The standard SBI for unmodified guests: Base (probe_extension of the hvsim hypercall
 * extension tells a guest it runs on hvsim), TIME, IPI, RFENCE (sbi-ipi-rfence.ts), SRST,
 * DBCN, HSM and the legacy console,
 * timer and shutdown calls. Results: a0 = SBI error, a1 = value (legacy calls: a0 only).
 */
import {
  HVSIM_ABI_VERSION, SBI_ERR_ALREADY_AVAILABLE, SBI_ERR_INVALID_ADDRESS, SBI_ERR_INVALID_PARAM,
  SBI_ERR_NOT_SUPPORTED, SBI_EXT_0_1_CONSOLE_GETCHAR, SBI_EXT_0_1_CONSOLE_PUTCHAR, SBI_EXT_0_1_SET_TIMER,
  SBI_EXT_0_1_SHUTDOWN, SBI_EXT_BASE, SBI_EXT_BASE_GET_IMPL_ID, SBI_EXT_BASE_GET_IMPL_VERSION, SBI_EXT_BASE_GET_MARCHID,
  SBI_EXT_BASE_GET_MIMPID, SBI_EXT_BASE_GET_MVENDORID, SBI_EXT_BASE_GET_SPEC_VERSION, SBI_EXT_BASE_PROBE_EXT,
  SBI_EXT_DBCN, SBI_EXT_DBCN_CONSOLE_READ, SBI_EXT_DBCN_CONSOLE_WRITE, SBI_EXT_DBCN_CONSOLE_WRITE_BYTE, SBI_EXT_HSM,
  SBI_EXT_HSM_HART_GET_STATUS, SBI_EXT_HSM_HART_START, SBI_EXT_HSM_HART_STOP, SBI_EXT_HSM_HART_SUSPEND,
  SBI_EXT_HVSIM_HYPERCALL, SBI_EXT_IPI, SBI_EXT_RFENCE, SBI_EXT_SRST, SBI_EXT_SRST_RESET, SBI_EXT_TIME, SBI_EXT_TIME_SET_TIMER,
  SBI_HSM_STATE_STARTED, SBI_HSM_STATE_STOPPED, SBI_HSM_SUSPEND_RET_DEFAULT, SBI_IMPL_ID_HVSIM, SBI_SPEC_VERSION,
  SBI_SRST_RESET_REASON_NONE, SBI_SRST_RESET_REASON_SYSFAIL, SBI_SRST_RESET_TYPE_COLD_REBOOT,
  SBI_SRST_RESET_TYPE_SHUTDOWN, SBI_SRST_RESET_TYPE_WARM_REBOOT, SBI_SUCCESS, SHUTDOWN_crash, SHUTDOWN_poweroff,
  SHUTDOWN_reboot,
} from '@hvsim/abi';
import { CSR_MIE, CSR_MIP, type Hart } from '@hvsim/riscv';
import { CONSOLE_WRITE_MAX } from '../constants';
import type { Core } from '../core';
import { BlockKind, type Vcpu } from '../domain/vcpu';
import { ExitReason, TraceKind } from '../trace';
import { startVcpu } from '../domain/vcpu-context';
import { setSbiTimer } from '../domain/vcpu-timers';
import { sbiIpi, sbiRfence } from './sbi-ipi-rfence';

const TWO_32 = 0x1_0000_0000;
const SUPPORTED = new Set([SBI_EXT_BASE, SBI_EXT_TIME, SBI_EXT_IPI, SBI_EXT_RFENCE, SBI_EXT_SRST, SBI_EXT_DBCN, SBI_EXT_HSM, SBI_EXT_HVSIM_HYPERCALL,
  SBI_EXT_0_1_SET_TIMER, SBI_EXT_0_1_CONSOLE_PUTCHAR, SBI_EXT_0_1_CONSOLE_GETCHAR, SBI_EXT_0_1_SHUTDOWN]);

export function sbiCall(core: Core, v: Vcpu, hart: Hart): void {
  const x = hart.x;
  const eid = x[17] >>> 0;
  const fid = x[16] >>> 0;
  v.domain.counters.exits[ExitReason.Sbi]++;
  let err: number = SBI_SUCCESS;
  let value = x[11];
  const ret = (e: number, val = 0): void => {
    err = e;
    value = val;
  };
  switch (eid) {
    case SBI_EXT_BASE: base(fid, x[10] >>> 0, ret); break;
    case SBI_EXT_TIME:
      if (fid === SBI_EXT_TIME_SET_TIMER) {
        setSbiTimer(core, v, (x[11] >>> 0) * TWO_32 + (x[10] >>> 0));
        ret(SBI_SUCCESS);
      } else ret(SBI_ERR_NOT_SUPPORTED);
      break;
    case SBI_EXT_IPI: sbiIpi(core, v, fid, x[10] >>> 0, x[11] >>> 0, ret); break;
    case SBI_EXT_RFENCE: sbiRfence(v, fid, x[10] >>> 0, x[11] >>> 0, x[12] >>> 0, x[13] >>> 0, ret); break;
    case SBI_EXT_SRST: srst(core, v, fid, x[10] >>> 0, x[11] >>> 0, ret); break;
    case SBI_EXT_DBCN: dbcn(v, fid, x[10] >>> 0, x[11] >>> 0, x[12] >>> 0, ret); break;
    case SBI_EXT_HSM: hsm(core, v, fid, x[10] >>> 0, x[11] >>> 0, x[12] >>> 0, ret); break;
    case SBI_EXT_0_1_SET_TIMER:
      setSbiTimer(core, v, (x[11] >>> 0) * TWO_32 + (x[10] >>> 0));
      x[10] = 0;
      return trace(core, v, eid, 0);
    case SBI_EXT_0_1_CONSOLE_PUTCHAR:
      v.domain.consoleOut.push(x[10] & 0xff);
      x[10] = 0;
      return trace(core, v, eid, 0);
    case SBI_EXT_0_1_CONSOLE_GETCHAR:
      x[10] = v.domain.consoleIn.shift();
      return trace(core, v, eid, x[10]);
    case SBI_EXT_0_1_SHUTDOWN:
      core.shutdown(v.domain, SHUTDOWN_poweroff);
      x[10] = 0;
      return trace(core, v, eid, 0);
    default:
      ret(SBI_ERR_NOT_SUPPORTED);
  }
  x[10] = err;
  x[11] = value;
  trace(core, v, eid, err);
}

function trace(core: Core, v: Vcpu, eid: number, r: number): void {
  core.trace.event(core.vcpuNow(), TraceKind.Sbi, v.domain.domid, v.id, eid, r);
}

type Ret = (err: number, value?: number) => void;

function base(fid: number, a0: number, ret: Ret): void {
  switch (fid) {
    case SBI_EXT_BASE_GET_SPEC_VERSION: return ret(SBI_SUCCESS, SBI_SPEC_VERSION);
    case SBI_EXT_BASE_GET_IMPL_ID: return ret(SBI_SUCCESS, SBI_IMPL_ID_HVSIM);
    case SBI_EXT_BASE_GET_IMPL_VERSION: return ret(SBI_SUCCESS, HVSIM_ABI_VERSION);
    case SBI_EXT_BASE_PROBE_EXT: return ret(SBI_SUCCESS, SUPPORTED.has(a0) ? 1 : 0);
    case SBI_EXT_BASE_GET_MVENDORID:
    case SBI_EXT_BASE_GET_MARCHID:
    case SBI_EXT_BASE_GET_MIMPID:
      return ret(SBI_SUCCESS, 0);
    default: return ret(SBI_ERR_NOT_SUPPORTED);
  }
}

/** SBI set_timer: STIP rises at `deadline` (time CSR units = ns); setting a timer clears STIP. */
function srst(core: Core, v: Vcpu, fid: number, type: number, reason: number, ret: Ret): void {
  if (fid !== SBI_EXT_SRST_RESET) return ret(SBI_ERR_NOT_SUPPORTED);
  if (reason !== SBI_SRST_RESET_REASON_NONE && reason !== SBI_SRST_RESET_REASON_SYSFAIL) return ret(SBI_ERR_INVALID_PARAM);
  switch (type) {
    case SBI_SRST_RESET_TYPE_SHUTDOWN:
      core.shutdown(v.domain, reason === SBI_SRST_RESET_REASON_SYSFAIL ? SHUTDOWN_crash : SHUTDOWN_poweroff,
        reason === SBI_SRST_RESET_REASON_SYSFAIL ? 'SBI system reset: system failure' : '');
      return ret(SBI_SUCCESS);
    case SBI_SRST_RESET_TYPE_COLD_REBOOT:
    case SBI_SRST_RESET_TYPE_WARM_REBOOT:
      core.shutdown(v.domain, SHUTDOWN_reboot);
      return ret(SBI_SUCCESS);
    default:
      return ret(SBI_ERR_INVALID_PARAM);
  }
}

function dbcn(v: Vcpu, fid: number, a0: number, lo: number, hi: number, ret: Ret): void {
  const d = v.domain;
  const m = d.mem;
  switch (fid) {
    case SBI_EXT_DBCN_CONSOLE_WRITE: {
      if (hi !== 0) return ret(SBI_ERR_INVALID_PARAM);
      const n = Math.min(a0, CONSOLE_WRITE_MAX, m.scratch.length);
      if (!m.copyFromGuest(lo, n)) return ret(SBI_ERR_INVALID_PARAM);
      for (let i = 0; i < n; i++) d.consoleOut.push(m.scratch[i]);
      return ret(SBI_SUCCESS, n);
    }
    case SBI_EXT_DBCN_CONSOLE_READ: {
      if (hi !== 0) return ret(SBI_ERR_INVALID_PARAM);
      const n = Math.min(a0, d.consoleIn.size, m.scratch.length);
      m.scratch.fill(0, 0, Math.min(a0, m.scratch.length));
      if (!m.copyToGuest(lo, Math.min(a0, m.scratch.length))) return ret(SBI_ERR_INVALID_PARAM);
      for (let i = 0; i < n; i++) m.scratch[i] = d.consoleIn.shift();
      m.copyToGuest(lo, n);
      return ret(SBI_SUCCESS, n);
    }
    case SBI_EXT_DBCN_CONSOLE_WRITE_BYTE:
      d.consoleOut.push(a0 & 0xff);
      return ret(SBI_SUCCESS);
    default:
      return ret(SBI_ERR_NOT_SUPPORTED);
  }
}

function hsm(core: Core, v: Vcpu, fid: number, a0: number, a1: number, a2: number, ret: Ret): void {
  const d = v.domain;
  switch (fid) {
    case SBI_EXT_HSM_HART_START: {
      const t = d.vcpus[a0];
      if (t === undefined || t.hart === null) return ret(SBI_ERR_INVALID_PARAM);
      if (t.online) return ret(SBI_ERR_ALREADY_AVAILABLE);
      if ((a1 & 3) !== 0 || d.mem.entry(Math.floor(a1 / 4096)) === -1) return ret(SBI_ERR_INVALID_ADDRESS);
      startVcpu(core, t, a1, a2, true);
      return ret(SBI_SUCCESS);
    }
    case SBI_EXT_HSM_HART_STOP:
      v.online = false;
      core.updateRunnable(v);
      return ret(SBI_SUCCESS);
    case SBI_EXT_HSM_HART_GET_STATUS: {
      const t = d.vcpus[a0];
      if (t === undefined) return ret(SBI_ERR_INVALID_PARAM);
      return ret(SBI_SUCCESS, t.online ? SBI_HSM_STATE_STARTED : SBI_HSM_STATE_STOPPED);
    }
    case SBI_EXT_HSM_HART_SUSPEND:
      if (a0 !== SBI_HSM_SUSPEND_RET_DEFAULT) return ret(SBI_ERR_NOT_SUPPORTED);
      // Retentive suspend is a WFI that the hypervisor sees: wait for an enabled interrupt.
      if (v.hart !== null && (v.hart.readCsr(CSR_MIP) & v.hart.readCsr(CSR_MIE)) === 0) {
        v.hart.waiting = true;
        core.block(v, BlockKind.Wfi);
      }
      return ret(SBI_SUCCESS);
    default:
      return ret(SBI_ERR_NOT_SUPPORTED);
  }
}
