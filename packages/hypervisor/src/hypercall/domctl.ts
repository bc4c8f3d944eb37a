/**
 * domctl / sysctl as hypercalls. hvsim's privileged control surface is the control channel
 * (dom0 reaches it through DomctlService), so even the control domain gets -ENOSYS here; a
 * guest still sees Xen's checks in Xen's order: the struct is copied first (-EFAULT), then
 * its interface_version is checked (-EACCES), then the caller's privilege (-EPERM).
 */
import {
  XEN_DOMCTL_INTERFACE_VERSION, XEN_EACCES, XEN_EFAULT, XEN_ENOSYS, XEN_EPERM, XEN_SYSCTL_INTERFACE_VERSION, readU32,
  __HYPERVISOR_domctl,
} from '@hvsim/abi';
import type { Vcpu } from '../domain/vcpu';

/** sizeof(struct xen_domctl) and sizeof(struct xen_sysctl) for a 32-bit Arm guest. */
const DOMCTL_SIZE = 144;
const SYSCTL_SIZE = 136;
/** Both start with uint32_t cmd, uint32_t interface_version. */
const INTERFACE_VERSION = 4;

export function domctlOrSysctl(v: Vcpu, nr: number, arg: number): number {
  const d = v.domain;
  const domctl = nr === __HYPERVISOR_domctl;
  if (!d.mem.copyFromGuest(arg, domctl ? DOMCTL_SIZE : SYSCTL_SIZE)) return -XEN_EFAULT;
  const want = domctl ? XEN_DOMCTL_INTERFACE_VERSION : XEN_SYSCTL_INTERFACE_VERSION;
  if (readU32(d.mem.scratch, INTERFACE_VERSION) !== want) return -XEN_EACCES;
  return d.privileged ? -XEN_ENOSYS : -XEN_EPERM;
}
