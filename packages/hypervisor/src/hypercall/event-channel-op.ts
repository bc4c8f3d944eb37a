/** event_channel_op: alloc_unbound, bind_interdomain, bind_virq, bind_ipi, bind_vcpu, send, close, status, unmask. */
import {
  DOMID_SELF, EVTCHN_ALLOC_UNBOUND, EVTCHN_BIND_INTERDOMAIN, EVTCHN_BIND_IPI, EVTCHN_BIND_VCPU, EVTCHN_BIND_VIRQ, EVTCHN_CLOSE,
  EVTCHN_SEND, EVTCHN_STATUS, EVTCHN_UNMASK, EVTCHNOP_alloc_unbound, EVTCHNOP_bind_interdomain, EVTCHNOP_bind_ipi,
  EVTCHNOP_bind_vcpu, EVTCHNOP_bind_virq, EVTCHNOP_close, EVTCHNOP_send, EVTCHNOP_status, EVTCHNOP_unmask, EVTCHNSTAT_closed,
  EVTCHNSTAT_interdomain, EVTCHNSTAT_ipi, EVTCHNSTAT_unbound, EVTCHNSTAT_virq, NR_VIRQS,
  XEN_EEXIST, XEN_EFAULT, XEN_EINVAL, XEN_ENOENT, XEN_ENOSPC, XEN_ENOSYS, XEN_EPERM, XEN_ESRCH,
  readU16, readU32, writeU16, writeU32,
} from '@hvsim/abi';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { sendOnPort, setPending, unmask } from '../evtchn/delivery';
import { isGlobalVirq } from '../evtchn/event-channels';
import { targetDomain } from './guest';

export function eventChannelOp(core: Core, v: Vcpu, cmd: number, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  const s = m.scratch;
  switch (cmd) {
    case EVTCHNOP_alloc_unbound: {
      const f = EVTCHN_ALLOC_UNBOUND.f;
      if (!m.copyFromGuest(arg, EVTCHN_ALLOC_UNBOUND.size)) return -XEN_EFAULT;
      const r = allocUnbound(core, d, readU16(s, f.dom.offset), readU16(s, f.remote_dom.offset));
      if (r < 0) return r;
      writeU32(s, f.port.offset, r);
      return m.copyToGuest(arg, EVTCHN_ALLOC_UNBOUND.size) ? 0 : -XEN_EFAULT;
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
      const r = bindVirq(d, readU32(s, f.virq.offset), readU32(s, f.vcpu.offset));
      if (r < 0) return r;
      writeU32(s, f.port.offset, r);
      return m.copyToGuest(arg, EVTCHN_BIND_VIRQ.size) ? 0 : -XEN_EFAULT;
    }
    case EVTCHNOP_bind_ipi: {
      const f = EVTCHN_BIND_IPI.f;
      if (!m.copyFromGuest(arg, EVTCHN_BIND_IPI.size)) return -XEN_EFAULT;
      const vcpu = readU32(s, f.vcpu.offset);
      if (vcpu >= d.vcpus.length) return -XEN_ENOENT;
      const port = d.evtchn.allocate();
      if (port < 0) return -XEN_ENOSPC;
      d.evtchn.bindIpi(port, vcpu);
      writeU32(s, f.port.offset, port);
      return m.copyToGuest(arg, EVTCHN_BIND_IPI.size) ? 0 : -XEN_EFAULT;
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
    default:
      return -XEN_ENOSYS;
  }
}

/** A port in `domid` (DOMID_SELF or, for a privileged caller, any) that `remoteDomid` may bind. */
export function allocUnbound(core: Core, caller: Domain, domid: number, remoteDomid: number): number {
  const d = targetDomain(core, caller, domid);
  if (typeof d === 'number') return d;
  const remote = remoteDomid === DOMID_SELF ? caller.domid : remoteDomid;
  const port = d.evtchn.allocate();
  if (port < 0) return -XEN_ENOSPC;
  d.evtchn.bindUnbound(port, remote);
  return port;
}

/** Connects a new local port of d to remoteDomid's unbound port offered to d. */
export function bindInterdomain(core: Core, d: Domain, remoteDomid: number, remotePort: number): number {
  const rd = remoteDomid === DOMID_SELF ? d : core.domain(remoteDomid);
  if (rd === undefined || !rd.alive) return -XEN_ESRCH;
  const rec = rd.evtchn;
  if (!rec.isValid(remotePort)) return -XEN_EINVAL;
  if (rec.state[remotePort] !== EVTCHNSTAT_unbound || rec.remoteDom[remotePort] !== d.domid) return -XEN_EINVAL;
  const port = d.evtchn.allocate();
  if (port < 0) return -XEN_ENOSPC;
  d.evtchn.bindInterdomain(port, rd.domid, remotePort);
  rec.bindInterdomain(remotePort, d.domid, port);
  // event_channel.h: binding "always sets the local event channel pending", so the binder
  // sees a notification the remote end sent before the bind.
  setPending(core, d, port);
  return port;
}

/**
 * Moves the vCPU a port notifies: interdomain and unbound ports, and global VIRQs; a
 * per-vCPU VIRQ or an IPI stays where it was bound (-EINVAL), as in Xen.
 */
function bindVcpu(d: Domain, port: number, vcpu: number): number {
  if (vcpu >= d.vcpus.length) return -XEN_ENOENT;
  const ec = d.evtchn;
  if (!ec.isValid(port)) return -XEN_EINVAL;
  switch (ec.state[port]) {
    case EVTCHNSTAT_virq:
      if (!isGlobalVirq(ec.remotePort[port])) return -XEN_EINVAL;
      break;
    case EVTCHNSTAT_unbound:
    case EVTCHNSTAT_interdomain:
      break;
    default:
      return -XEN_EINVAL;
  }
  ec.notifyVcpu[port] = vcpu;
  return 0;
}

/**
 * Binds any VIRQ, as Xen does: a global one on vCPU 0 only. Any domain may bind a global
 * VIRQ; only the domain the hypervisor sends it to (the control domain) ever sees it fire.
 */
function bindVirq(d: Domain, virq: number, vcpu: number): number {
  if (virq >= NR_VIRQS) return -XEN_EINVAL;
  if (isGlobalVirq(virq) && vcpu !== 0) return -XEN_EINVAL;
  if (vcpu >= d.vcpus.length) return -XEN_ENOENT;
  if (d.evtchn.virqPort(vcpu, virq) !== 0) return -XEN_EEXIST;
  const port = d.evtchn.allocate();
  if (port < 0) return -XEN_ENOSPC;
  d.evtchn.bindVirq(port, virq, vcpu);
  return port;
}

/** Closes d's port; an interdomain peer's end goes back to unbound (offered to d again). */
export function closePort(core: Core, d: Domain, port: number): number {
  const ec = d.evtchn;
  if (!ec.isValid(port)) return -XEN_EINVAL;
  if (ec.state[port] === EVTCHNSTAT_interdomain) {
    const peer = core.domain(ec.remoteDom[port]);
    if (peer !== undefined) {
      const pp = ec.remotePort[port];
      if (peer.evtchn.isValid(pp) && peer.evtchn.state[pp] === EVTCHNSTAT_interdomain) peer.evtchn.bindUnbound(pp, d.domid);
    }
  }
  ec.free(port);
  return 0;
}

function status(core: Core, caller: Domain, arg: number): number {
  const m = caller.mem;
  const s = m.scratch;
  const f = EVTCHN_STATUS.f;
  if (!m.copyFromGuest(arg, EVTCHN_STATUS.size)) return -XEN_EFAULT;
  const d = targetDomain(core, caller, readU16(s, f.dom.offset));
  if (typeof d === 'number') return d;
  const port = readU32(s, f.port.offset);
  const ec = d.evtchn;
  if (port === 0 || port >= 4096) return -XEN_EINVAL;
  const st = port < ec.capacity ? ec.state[port] : EVTCHNSTAT_closed;
  s.fill(0, f.status.offset, EVTCHN_STATUS.size);
  writeU32(s, f.status.offset, st);
  writeU32(s, f.vcpu.offset, st === EVTCHNSTAT_closed ? 0 : ec.notifyVcpu[port]);
  switch (st) {
    case EVTCHNSTAT_unbound:
      writeU16(s, f['u.unbound.dom'].offset, ec.remoteDom[port]);
      break;
    case EVTCHNSTAT_interdomain:
      writeU16(s, f['u.interdomain.dom'].offset, ec.remoteDom[port]);
      writeU32(s, f['u.interdomain.port'].offset, ec.remotePort[port]);
      break;
    case EVTCHNSTAT_virq:
      writeU32(s, f['u.virq'].offset, ec.remotePort[port]);
      break;
    case EVTCHNSTAT_ipi:
      break;
  }
  return m.copyToGuest(arg, EVTCHN_STATUS.size) ? 0 : -XEN_EFAULT;
}

