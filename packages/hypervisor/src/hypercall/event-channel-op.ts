/**
 * event_channel_op: copies each sub-op's argument struct in and out of the guest and calls
 * the mechanism in evtchn/ (bind.ts, delivery.ts, fifo-setup.ts, reset.ts).
 */
import {
  EVTCHN_ALLOC_UNBOUND, EVTCHN_BIND_INTERDOMAIN, EVTCHN_BIND_IPI, EVTCHN_BIND_VCPU, EVTCHN_BIND_VIRQ, EVTCHN_CLOSE,
  EVTCHN_EXPAND_ARRAY, EVTCHN_FIFO_LINK_BITS, EVTCHN_INIT_CONTROL, EVTCHN_RESET, EVTCHN_SEND, EVTCHN_SET_PRIORITY, EVTCHN_STATUS,
  EVTCHN_UNMASK, EVTCHNOP_alloc_unbound, EVTCHNOP_bind_interdomain, EVTCHNOP_bind_ipi, EVTCHNOP_bind_vcpu,
  EVTCHNOP_bind_virq, EVTCHNOP_close, EVTCHNOP_expand_array, EVTCHNOP_init_control, EVTCHNOP_reset, EVTCHNOP_send,
  EVTCHNOP_set_priority, EVTCHNOP_status, EVTCHNOP_unmask, EVTCHNSTAT_interdomain, EVTCHNSTAT_unbound,
  EVTCHNSTAT_virq, XEN_EFAULT, XEN_EINVAL, XEN_ENOSYS, readU16, readU32, readU64, writeU16, writeU32,
} from '@hvsim/abi';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { allocUnbound, bindInterdomain, bindIpi, bindVcpu, bindVirq, closePort, portStatus, setPriority } from '../evtchn/bind';
import { sendOnPort, unmask } from '../evtchn/delivery';
import { expandArray, initControl } from '../evtchn/fifo-setup';
import { resetOp } from '../evtchn/reset';
import { targetDomain } from './guest';

/** A struct layout with the `port` member these sub-ops return. */
interface PortOut {
  readonly size: number;
  readonly f: { readonly port: { readonly offset: number } };
}

export function eventChannelOp(core: Core, v: Vcpu, cmd: number, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  const s = m.scratch;
  switch (cmd) {
    case EVTCHNOP_alloc_unbound: {
      const f = EVTCHN_ALLOC_UNBOUND.f;
      if (!m.copyFromGuest(arg, EVTCHN_ALLOC_UNBOUND.size)) return -XEN_EFAULT;
      return portOut(d, arg, EVTCHN_ALLOC_UNBOUND, allocUnbound(core, d, readU16(s, f.dom.offset), readU16(s, f.remote_dom.offset)));
    }
    case EVTCHNOP_bind_interdomain: {
      const f = EVTCHN_BIND_INTERDOMAIN.f;
      if (!m.copyFromGuest(arg, EVTCHN_BIND_INTERDOMAIN.size)) return -XEN_EFAULT;
      const r = bindInterdomain(core, d, readU16(s, f.remote_dom.offset), readU32(s, f.remote_port.offset));
      if (r < 0) return r;
      writeU32(s, f.local_port.offset, r);
      return m.copyToGuest(arg, EVTCHN_BIND_INTERDOMAIN.size) ? 0 : -XEN_EFAULT;
    }
    case EVTCHNOP_bind_virq: {
      const f = EVTCHN_BIND_VIRQ.f;
      if (!m.copyFromGuest(arg, EVTCHN_BIND_VIRQ.size)) return -XEN_EFAULT;
      return portOut(d, arg, EVTCHN_BIND_VIRQ, bindVirq(core, d, readU32(s, f.virq.offset), readU32(s, f.vcpu.offset)));
    }
    case EVTCHNOP_bind_ipi: {
      if (!m.copyFromGuest(arg, EVTCHN_BIND_IPI.size)) return -XEN_EFAULT;
      return portOut(d, arg, EVTCHN_BIND_IPI, bindIpi(core, d, readU32(s, EVTCHN_BIND_IPI.f.vcpu.offset)));
    }
    case EVTCHNOP_bind_vcpu: {
      if (!m.copyFromGuest(arg, EVTCHN_BIND_VCPU.size)) return -XEN_EFAULT;
      return bindVcpu(d, readU32(s, EVTCHN_BIND_VCPU.f.port.offset), readU32(s, EVTCHN_BIND_VCPU.f.vcpu.offset));
    }
    case EVTCHNOP_send: {
      if (!m.copyFromGuest(arg, EVTCHN_SEND.size)) return -XEN_EFAULT;
      return sendOnPort(core, d, readU32(s, EVTCHN_SEND.f.port.offset)) ? 0 : -XEN_EINVAL;
    }
    case EVTCHNOP_close: {
      if (!m.copyFromGuest(arg, EVTCHN_CLOSE.size)) return -XEN_EFAULT;
      return closePort(core, d, readU32(s, EVTCHN_CLOSE.f.port.offset));
    }
    case EVTCHNOP_status:
      return status(core, d, arg);
    case EVTCHNOP_unmask: {
      if (!m.copyFromGuest(arg, EVTCHN_UNMASK.size)) return -XEN_EFAULT;
      const port = readU32(s, EVTCHN_UNMASK.f.port.offset);
      if (!d.evtchn.isValid(port)) return -XEN_EINVAL;
      unmask(core, d, port);
      return 0;
    }
    case EVTCHNOP_init_control: {
      const f = EVTCHN_INIT_CONTROL.f;
      if (!m.copyFromGuest(arg, EVTCHN_INIT_CONTROL.size)) return -XEN_EFAULT;
      const r = initControl(core, d, readU64(s, f.control_gfn.offset), readU32(s, f.offset.offset), readU32(s, f.vcpu.offset));
      if (r < 0) return r;
      s[f.link_bits.offset] = EVTCHN_FIFO_LINK_BITS;
      return m.copyToGuest(arg, EVTCHN_INIT_CONTROL.size) ? 0 : -XEN_EFAULT;
    }
    case EVTCHNOP_expand_array:
      if (!m.copyFromGuest(arg, EVTCHN_EXPAND_ARRAY.size)) return -XEN_EFAULT;
      return expandArray(core, d, readU64(s, EVTCHN_EXPAND_ARRAY.f.array_gfn.offset));
    case EVTCHNOP_set_priority: {
      const f = EVTCHN_SET_PRIORITY.f;
      if (!m.copyFromGuest(arg, EVTCHN_SET_PRIORITY.size)) return -XEN_EFAULT;
      return setPriority(d, readU32(s, f.port.offset), readU32(s, f.priority.offset));
    }
    case EVTCHNOP_reset:
      if (!m.copyFromGuest(arg, EVTCHN_RESET.size)) return -XEN_EFAULT;
      return resetOp(core, d, readU16(s, EVTCHN_RESET.f.dom.offset));
    default:
      return -XEN_ENOSYS;
  }
}

/** Writes a port result into the struct in scratch and back to the guest (or passes -errno on). */
function portOut(d: Domain, arg: number, layout: PortOut, r: number): number {
  if (r < 0) return r;
  writeU32(d.mem.scratch, layout.f.port.offset, r);
  return d.mem.copyToGuest(arg, layout.size) ? 0 : -XEN_EFAULT;
}

function status(core: Core, caller: Domain, arg: number): number {
  const m = caller.mem;
  const s = m.scratch;
  const f = EVTCHN_STATUS.f;
  if (!m.copyFromGuest(arg, EVTCHN_STATUS.size)) return -XEN_EFAULT;
  const d = targetDomain(core, caller, readU16(s, f.dom.offset));
  if (typeof d === 'number') return d;
  const st = portStatus(d, readU32(s, f.port.offset));
  if (typeof st === 'number') return st;
  s.fill(0, f.status.offset, EVTCHN_STATUS.size);
  writeU32(s, f.status.offset, st.status);
  writeU32(s, f.vcpu.offset, st.vcpu);
  if (st.status === EVTCHNSTAT_unbound) writeU16(s, f['u.unbound.dom'].offset, st.remoteDom);
  if (st.status === EVTCHNSTAT_interdomain) {
    writeU16(s, f['u.interdomain.dom'].offset, st.remoteDom);
    writeU32(s, f['u.interdomain.port'].offset, st.remotePort);
  }
  if (st.status === EVTCHNSTAT_virq) writeU32(s, f['u.virq'].offset, st.remotePort);
  return m.copyToGuest(arg, EVTCHN_STATUS.size) ? 0 : -XEN_EFAULT;
}
