/**
 * A domain's event channel bindings as save/restore carries them. Xen's PV guests rebind their
 * ports after a resume; hvsim restores guests that know nothing of being saved, so the
 * toolstack carries the table (as in Xen's non-cooperative migration design) and the core puts
 * every binding back at the port number the guest knows, the way Xen 4.17 allocates static
 * event channels at fixed ports. Pending and mask bits are not here: they live in shared_info,
 * which travels with the domain's memory.
 */
import {
  EVTCHNSTAT_closed, EVTCHNSTAT_interdomain, EVTCHNSTAT_ipi, EVTCHNSTAT_unbound, EVTCHNSTAT_virq, NR_VIRQS,
  XEN_EBUSY, XEN_EINVAL, XEN_ENOENT, XEN_ENOSPC,
} from '@hvsim/abi';
import type { Domain } from '../domain/domain';
import { HypervisorError } from '../errors';
import { isGlobalVirq } from './event-channels';

/** One open port (evtchn_status_t's content). */
export interface PortBinding {
  port: number;
  /** EVTCHNSTAT_unbound, _interdomain, _virq or _ipi. */
  status: number;
  vcpu: number;
  /** unbound: who may bind; interdomain: the peer. */
  remoteDom: number;
  /** interdomain: the peer's port. */
  remotePort: number;
  /** virq: the VIRQ. */
  virq: number;
}

/** Every open port of d, ascending. */
export function portBindings(d: Domain): PortBinding[] {
  const ec = d.evtchn;
  return ec.openPorts().map((port) => {
    const status = ec.state[port];
    return {
      port,
      status,
      vcpu: ec.notifyVcpu[port],
      remoteDom: status === EVTCHNSTAT_unbound || status === EVTCHNSTAT_interdomain ? ec.remoteDom[port] : 0,
      remotePort: status === EVTCHNSTAT_interdomain ? ec.remotePort[port] : 0,
      virq: status === EVTCHNSTAT_virq ? ec.remotePort[port] : 0,
    };
  });
}

/**
 * Puts binding `b` back at its port of d. Interdomain within d binds both ends (the second
 * end finds itself already bound: fine); interdomain to another domain comes back unbound,
 * offered to that domain, which binds it again (dom0's rings).
 */
export function restorePortBinding(d: Domain, b: PortBinding): void {
  const ec = d.evtchn;
  // Xen's evtchn_allocate_port: a port above the domain's bound is -ENOSPC.
  if (Number.isInteger(b.port) && b.port > ec.maxPort) throw new HypervisorError(XEN_ENOSPC, `port ${b.port} is above domain ${d.domid}'s max_evtchn_port ${ec.maxPort}`);
  if (!ec.reserve(b.port)) throw new HypervisorError(XEN_EINVAL, `port ${b.port} is out of range`);
  if (!Number.isInteger(b.vcpu) || b.vcpu < 0 || b.vcpu >= d.vcpus.length) throw new HypervisorError(XEN_ENOENT, `domain ${d.domid} has no vCPU ${b.vcpu}`);
  const loopback = b.status === EVTCHNSTAT_interdomain && b.remoteDom === d.domid;
  if (loopback && ec.state[b.port] === EVTCHNSTAT_interdomain && ec.remoteDom[b.port] === d.domid && ec.remotePort[b.port] === b.remotePort) return;
  if (ec.state[b.port] !== EVTCHNSTAT_closed) throw new HypervisorError(XEN_EBUSY, `port ${b.port} of domain ${d.domid} is in use`);
  switch (b.status) {
    case EVTCHNSTAT_unbound:
      checkDomid(b.remoteDom);
      ec.bindUnbound(b.port, b.remoteDom);
      break;
    case EVTCHNSTAT_interdomain:
      if (loopback) bindLoopback(d, b);
      else {
        checkDomid(b.remoteDom);
        ec.bindUnbound(b.port, b.remoteDom);
      }
      break;
    case EVTCHNSTAT_virq:
      bindVirqAt(d, b);
      break;
    case EVTCHNSTAT_ipi:
      ec.bindIpi(b.port, b.vcpu);
      break;
    default:
      throw new HypervisorError(XEN_EINVAL, `cannot restore a port with status ${b.status}`);
  }
  ec.notifyVcpu[b.port] = b.vcpu;
}

function bindLoopback(d: Domain, b: PortBinding): void {
  const ec = d.evtchn;
  const peer = b.remotePort;
  if (Number.isInteger(peer) && peer > ec.maxPort) throw new HypervisorError(XEN_ENOSPC, `port ${b.port}: peer port ${peer} is above domain ${d.domid}'s max_evtchn_port ${ec.maxPort}`);
  if (peer === b.port || !ec.reserve(peer) || ec.state[peer] !== EVTCHNSTAT_closed) {
    throw new HypervisorError(XEN_EINVAL, `port ${b.port}: peer port ${peer} of domain ${d.domid} is not free`);
  }
  ec.bindInterdomain(b.port, d.domid, peer);
  ec.bindInterdomain(peer, d.domid, b.port);
}

/** A VIRQ port: a global VIRQ is bound on vCPU 0 (its notify vCPU is set after, as bind_vcpu left it). */
function bindVirqAt(d: Domain, b: PortBinding): void {
  if (!Number.isInteger(b.virq) || b.virq < 0 || b.virq >= NR_VIRQS) throw new HypervisorError(XEN_EINVAL, `bad VIRQ ${b.virq}`);
  const vcpu = isGlobalVirq(b.virq) ? 0 : b.vcpu;
  if (d.evtchn.virqPort(vcpu, b.virq) !== 0) throw new HypervisorError(XEN_EBUSY, `VIRQ ${b.virq} of vCPU ${vcpu} is already bound`);
  d.evtchn.bindVirq(b.port, b.virq, vcpu);
}

function checkDomid(domid: number): void {
  if (!Number.isInteger(domid) || domid < 0 || domid > 0xffff) throw new HypervisorError(XEN_EINVAL, `bad remote domid ${domid}`);
}
