/** Helpers the hypercall families share: reaching the target domain and guest structs. */
import { DOMID_SELF, XEN_EPERM, XEN_ESRCH } from '@hvsim/abi';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';

/**
 * The domain a hypercall names: DOMID_SELF or its own id is the caller; any other must exist
 * (-ESRCH) and then needs a privileged caller (-EPERM), in Xen's order (look the domain up,
 * then ask XSM). Returns the domain or -errno.
 */
export function targetDomain(core: Core, caller: Domain, domid: number): Domain | number {
  if (domid === DOMID_SELF || domid === caller.domid) return caller;
  const d = core.domain(domid);
  if (d === undefined) return -XEN_ESRCH;
  return caller.privileged ? d : -XEN_EPERM;
}

/** copy_from_guest of a whole struct into the caller's scratch (false → -EFAULT). */
export function readStruct(d: Domain, gpa: number, layout: { readonly size: number }): boolean {
  return d.mem.copyFromGuest(gpa, layout.size);
}

/** copy_to_guest of the struct in the caller's scratch. */
export function writeStruct(d: Domain, gpa: number, layout: { readonly size: number }): boolean {
  return d.mem.copyToGuest(gpa, layout.size);
}
