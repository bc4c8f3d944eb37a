/** sched_op: yield, block, shutdown, shutdown_code, poll, remote_shutdown. */
import {
  SCHED_POLL, SCHED_REMOTE_SHUTDOWN, SCHED_SHUTDOWN, SCHED_WATCHDOG, SCHEDOP_block, SCHEDOP_pin_override, SCHEDOP_poll,
  SCHEDOP_remote_shutdown, SCHEDOP_shutdown, SCHEDOP_shutdown_code, SCHEDOP_watchdog, SCHEDOP_yield,
  XEN_EFAULT, XEN_EINVAL, XEN_ENOSYS, XEN_EPERM, readGuestHandle, readU16, readU32, readU64, BAD_GUEST_HANDLE,
} from '@hvsim/abi';
import { POLL_MAX_PORTS } from '../constants';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import { BlockKind, type Vcpu } from '../domain/vcpu';
import { VI_UPCALL_PENDING } from '../evtchn/layout';
import { domainWatchdog } from '../domain/watchdog';
import { targetDomain } from './guest';

export function schedOp(core: Core, v: Vcpu, cmd: number, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  switch (cmd) {
    case SCHEDOP_yield:
      core.sched.yield(v);
      if (v.hart) v.hart.stopRequested = true;
      return 0;
    case SCHEDOP_block:
      // Events pending already: return at once (Xen checks after enabling delivery).
      if (!upcallPending(core, v)) core.block(v, BlockKind.Events);
      return 0;
    case SCHEDOP_shutdown:
    case SCHEDOP_shutdown_code: {
      if (!m.copyFromGuest(arg, SCHED_SHUTDOWN.size)) return -XEN_EFAULT;
      // Xen keeps the reason as a u8 and does not check it: an unknown reason shuts the
      // domain down with that code, for the toolstack to interpret.
      const reason = readU32(m.scratch, SCHED_SHUTDOWN.f.reason.offset) & 0xff;
      if (cmd === SCHEDOP_shutdown_code) {
        if (d.shutdownCode < 0) d.shutdownCode = reason;
        return 0;
      }
      core.shutdown(d, shutdownCode(d, reason));
      return 0;
    }
    case SCHEDOP_remote_shutdown: {
      if (!m.copyFromGuest(arg, SCHED_REMOTE_SHUTDOWN.size)) return -XEN_EFAULT;
      const domid = readU16(m.scratch, SCHED_REMOTE_SHUTDOWN.f.domain_id.offset);
      const reason = readU32(m.scratch, SCHED_REMOTE_SHUTDOWN.f.reason.offset);
      if (!d.privileged) return -XEN_EPERM;
      const t = targetDomain(core, d, domid);
      if (typeof t === 'number') return t;
      core.shutdown(t, shutdownCode(t, reason & 0xff));
      return 0;
    }
    case SCHEDOP_poll:
      return poll(core, v, arg);
    case SCHEDOP_watchdog: {
      if (!m.copyFromGuest(arg, SCHED_WATCHDOG.size)) return -XEN_EFAULT;
      return domainWatchdog(core, d, readU32(m.scratch, SCHED_WATCHDOG.f.id.offset), readU32(m.scratch, SCHED_WATCHDOG.f.timeout.offset));
    }
    case SCHEDOP_pin_override:
      // Xen lets only the hardware domain pin itself, and checks that before reading the
      // argument; hvsim's hardware domain is host code, so every guest gets -EPERM.
      return -XEN_EPERM;
    default:
      return -XEN_ENOSYS;
  }
}

/** The code a shutdown reports: the first one recorded (SCHEDOP_shutdown_code), as Xen's domain_shutdown. */
function shutdownCode(d: Domain, reason: number): number {
  if (d.shutdownCode < 0) d.shutdownCode = reason;
  return d.shutdownCode;
}

function upcallPending(core: Core, v: Vcpu): boolean {
  return v.vcpuInfoMfn >= 0 && core.pool.readable(v.vcpuInfoMfn)[v.vcpuInfoOffset + VI_UPCALL_PENDING] !== 0;
}

/** SCHEDOP_poll: block until one of the ports is pending, or the timeout (absolute guest ns; 0 = none). */
function poll(core: Core, v: Vcpu, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  if (!m.copyFromGuest(arg, SCHED_POLL.size)) return -XEN_EFAULT;
  const ports = readGuestHandle(m.scratch, SCHED_POLL.f.ports.offset);
  const nr = readU32(m.scratch, SCHED_POLL.f.nr_ports.offset);
  const timeout = readU64(m.scratch, SCHED_POLL.f.timeout.offset);
  if (nr > POLL_MAX_PORTS) return -XEN_EINVAL;
  if (ports === BAD_GUEST_HANDLE) return -XEN_EFAULT;
  if (nr > 0 && !m.copyFromGuest(ports, nr * 4)) return -XEN_EFAULT;
  const list: number[] = [];
  for (let i = 0; i < nr; i++) {
    const p = readU32(m.scratch, i * 4);
    if (p >= d.evtchn.ops.maxPorts) return -XEN_EINVAL;
    list.push(p);
  }
  for (const p of list) if (d.evtchn.ops.isPending(core, d, p)) return 0;
  if (timeout !== 0 && timeout <= core.vcpuNow() + d.timeOffsetNs) return 0;
  v.pollPorts = list;
  core.block(v, BlockKind.Poll);
  if (timeout !== 0) v.pollTimer.arm(Math.max(d.machineTime(timeout), core.now));
  return 0;
}
