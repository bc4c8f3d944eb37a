/**
 * The event-channel mechanisms (Xen's event_channel.c): allocating, binding, moving and
 * closing ports. The hypercall (hypercall/event-channel-op.ts), the control surface and domain
 * destruction all come here; each returns a port or 0, or -errno as Xen answers.
 */
import {
  DOMID_SELF, EVTCHNSTAT_closed, EVTCHNSTAT_interdomain, EVTCHNSTAT_unbound, EVTCHNSTAT_virq, NR_VIRQS,
  XEN_EEXIST, XEN_EINVAL, XEN_ENOENT, XEN_ENOSPC, XEN_ESRCH,
} from '@hvsim/abi';
import type { Core } from '../core';
import { DomainState, type Domain } from '../domain/domain';
import { targetDomain } from '../hypercall/guest';
import { setPending } from './delivery';
import { isGlobalVirq } from './event-channels';
import { growHostArray } from './fifo-setup';

/** A free port of d (one still queued under the FIFO ABI is not free yet), or -ENOSPC. */
function allocPort(core: Core, d: Domain): number {
  const ec = d.evtchn;
  const port = ec.allocate(ec.fifo === null ? null : (p) => ec.ops.isBusy(core, d, p));
  if (port < 0) return -XEN_ENOSPC;
  if (ec.fifo?.hostFrames === true) growHostArray(core, d, port + 1);
  return port;
}

/**
 * A free port of d, bound by `bind` and then initialised for the domain's ABI (Xen's
 * evtchn_port_init, after the binding: the FIFO ABI queues a port on the vCPU it notifies);
 * -ENOSPC when none is free.
 */
function bindNewPort(core: Core, d: Domain, bind: (port: number) => void): number {
  const port = allocPort(core, d);
  if (port < 0) return port;
  bind(port);
  d.evtchn.ops.init(core, d, port);
  return port;
}

/** A port in `domid` (DOMID_SELF or, for a privileged caller, any) that `remoteDomid` may bind. */
export function allocUnbound(core: Core, caller: Domain, domid: number, remoteDomid: number): number {
  const d = targetDomain(core, caller, domid);
  if (typeof d === 'number') return d;
  const remote = remoteDomid === DOMID_SELF ? caller.domid : remoteDomid;
  return bindNewPort(core, d, (port) => d.evtchn.bindUnbound(port, remote));
}

/**
 * Connects a new local port of d to remoteDomid's unbound port offered to d. The local port
 * is found before the remote one is looked at, as in Xen: a domain at its bound gets -ENOSPC
 * whatever it names (a port found but not bound stays free).
 */
export function bindInterdomain(core: Core, d: Domain, remoteDomid: number, remotePort: number): number {
  const rd = remoteDomid === DOMID_SELF ? d : core.domain(remoteDomid);
  if (rd === undefined || !rd.alive) return -XEN_ESRCH;
  const port = allocPort(core, d);
  if (port < 0) return port;
  const rec = rd.evtchn;
  if (!rec.isValid(remotePort)) return -XEN_EINVAL;
  if (rec.state[remotePort] !== EVTCHNSTAT_unbound || rec.remoteDom[remotePort] !== d.domid) return -XEN_EINVAL;
  d.evtchn.bindInterdomain(port, rd.domid, remotePort);
  d.evtchn.ops.init(core, d, port);
  rec.bindInterdomain(remotePort, d.domid, port);
  // event_channel.h: binding "always sets the local event channel pending", so the binder
  // sees a notification the remote end sent before the bind.
  setPending(core, d, port);
  return port;
}

/**
 * Binds any VIRQ, as Xen does: a global one on vCPU 0 only. Any domain may bind a global
 * VIRQ; only the domain the hypervisor sends it to (the control domain) ever sees it fire.
 */
export function bindVirq(core: Core, d: Domain, virq: number, vcpu: number): number {
  if (!Number.isInteger(virq) || virq < 0 || virq >= NR_VIRQS) return -XEN_EINVAL;
  if (isGlobalVirq(virq) && vcpu !== 0) return -XEN_EINVAL;
  if (vcpu >= d.vcpus.length) return -XEN_ENOENT;
  if (d.evtchn.virqPort(vcpu, virq) !== 0) return -XEN_EEXIST;
  return bindNewPort(core, d, (port) => d.evtchn.bindVirq(port, virq, vcpu));
}

/** A port for notifying d's own vCPU `vcpu`. */
export function bindIpi(core: Core, d: Domain, vcpu: number): number {
  if (vcpu >= d.vcpus.length) return -XEN_ENOENT;
  return bindNewPort(core, d, (port) => d.evtchn.bindIpi(port, vcpu));
}

/**
 * Moves the vCPU a port notifies: interdomain and unbound ports, and global VIRQs; a
 * per-vCPU VIRQ or an IPI stays where it was bound (-EINVAL), as in Xen.
 */
export function bindVcpu(d: Domain, port: number, vcpu: number): number {
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

/** EVTCHNOP_set_priority: a FIFO port's queue; -ENOSYS under the two-level ABI. */
export function setPriority(d: Domain, port: number, priority: number): number {
  if (!d.evtchn.isValid(port)) return -XEN_EINVAL;
  return d.evtchn.ops.setPriority(d, port, priority);
}

/**
 * Closes d's port; an interdomain peer's end goes back to unbound (offered to d again). Its
 * pending state is cleared, as Xen's evtchn_free does, so a later bind starts clean.
 */
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
  if (d.state !== DomainState.Dying) ec.ops.clearPending(core, d, port);
  ec.free(port);
  return 0;
}

/** What EVTCHNOP_status reports of a port: its state, vCPU, and remote end or VIRQ. */
export interface PortStatus {
  status: number;
  vcpu: number;
  remoteDom: number;
  remotePort: number;
}

/** d's port as EVTCHNOP_status sees it: -EINVAL beyond the ABI's ports; closed when never bound. */
export function portStatus(d: Domain, port: number): PortStatus | number {
  const ec = d.evtchn;
  if (port === 0 || port >= ec.ops.maxPorts) return -XEN_EINVAL;
  const status = port < ec.capacity ? ec.state[port] : EVTCHNSTAT_closed;
  if (status === EVTCHNSTAT_closed) return { status, vcpu: 0, remoteDom: 0, remotePort: 0 };
  return { status, vcpu: ec.notifyVcpu[port], remoteDom: ec.remoteDom[port], remotePort: ec.remotePort[port] };
}
