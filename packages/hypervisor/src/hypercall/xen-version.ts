/**
 * xen_version: the Xen release hvsim's ABI follows, hvsim's own ABI version (extraversion,
 * capabilities), and the strings and feature bits a guest may ask for. As under Xen's default
 * XSM policy, commandline and build_id are the control domain's: others get "<denied>" and
 * -EPERM.
 */
import {
  HVSIM_CAPABILITIES, HVSIM_EXTRAVERSION, HVSIM_PAGE_SIZE,
  XEN_CAPABILITIES_INFO_LEN, XEN_CHANGESET_INFO_LEN, XEN_COMPILE_INFO, XEN_EFAULT, XEN_EINVAL, XEN_ENODATA, XEN_ENOSYS, XEN_EPERM, HVSIM_XEN_VERSION,
  XEN_EXTRAVERSION_LEN, XEN_FEATURE_INFO, XENFEAT_auto_translated_physmap, XENFEAT_dom0, XENFEAT_NR_SUBMAPS,
  XENFEAT_not_direct_mapped, XENFEAT_writable_page_tables, XENVER_build_id, XENVER_capabilities, XENVER_changeset, XENVER_commandline,
  XENVER_compile_info, XENVER_extraversion, XENVER_get_features, XENVER_guest_handle, XENVER_pagesize,
  XENVER_platform_parameters, XENVER_version, readU32, writeCString, writeU32, writeU64,
} from '@hvsim/abi';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';

const COMMANDLINE_LEN = 1024;
const GUEST_HANDLE_LEN = 16;
const PLATFORM_PARAMETERS_LEN = 8;

const VERSION = XENVER_version;
const FEATURES = (1 << XENFEAT_writable_page_tables) | (1 << XENFEAT_auto_translated_physmap) | (1 << XENFEAT_not_direct_mapped);
const XEN_VERSION = HVSIM_XEN_VERSION;
/** What Xen copies out, NUL included, in place of a string XSM denies the caller. */
const DENIED = '<denied>';

export function xenVersion(_core: Core, v: Vcpu, cmd: number, arg: number): number {
  const d = v.domain;
  const m = d.mem;
  // The null hypercall: answered before anything else is looked at.
  if (cmd === VERSION) return XEN_VERSION;
  switch (cmd) {
    case XENVER_pagesize:
      return HVSIM_PAGE_SIZE;
    case XENVER_extraversion:
      return putString(d, arg, HVSIM_EXTRAVERSION, XEN_EXTRAVERSION_LEN);
    case XENVER_capabilities:
      return putString(d, arg, HVSIM_CAPABILITIES, XEN_CAPABILITIES_INFO_LEN);
    case XENVER_changeset:
      return putString(d, arg, 'hvsim', XEN_CHANGESET_INFO_LEN);
    case XENVER_commandline:
      // hvsim boots with no command line of its own.
      return d.privileged ? putString(d, arg, '', COMMANDLINE_LEN) : putString(d, arg, DENIED, DENIED.length + 1);
    case XENVER_compile_info: {
      const f = XEN_COMPILE_INFO.f;
      m.scratch.fill(0, 0, XEN_COMPILE_INFO.size);
      writeCString(m.scratch, f.compiler.offset, f.compiler.size, 'hvsim (TypeScript)');
      writeCString(m.scratch, f.compile_by.offset, f.compile_by.size, 'hvsim');
      writeCString(m.scratch, f.compile_domain.offset, f.compile_domain.size, 'hvsim');
      writeCString(m.scratch, f.compile_date.offset, f.compile_date.size, '');
      return m.copyToGuest(arg, XEN_COMPILE_INFO.size) ? 0 : -XEN_EFAULT;
    }
    case XENVER_platform_parameters:
      writeU64(m.scratch, 0, 0);
      return m.copyToGuest(arg, PLATFORM_PARAMETERS_LEN) ? 0 : -XEN_EFAULT;
    case XENVER_guest_handle:
      m.scratch.fill(0, 0, GUEST_HANDLE_LEN);
      writeU32(m.scratch, 0, d.domid);
      return m.copyToGuest(arg, GUEST_HANDLE_LEN) ? 0 : -XEN_EFAULT;
    case XENVER_get_features: {
      if (!m.copyFromGuest(arg, XEN_FEATURE_INFO.size)) return -XEN_EFAULT;
      const idx = readU32(m.scratch, XEN_FEATURE_INFO.f.submap_idx.offset);
      if (idx >= XENFEAT_NR_SUBMAPS) return -XEN_EINVAL;
      // Xen/Arm's set for a translated, not direct-mapped guest, less what RISC-V has no use
      // for (ARM_SMCCC_supported) and what hvsim lacks (memory_op_vnode_supported: no vNUMA).
      let bits = FEATURES;
      if (d.privileged) bits |= 1 << XENFEAT_dom0;
      writeU32(m.scratch, XEN_FEATURE_INFO.f.submap.offset, bits);
      return m.copyToGuest(arg, XEN_FEATURE_INFO.size) ? 0 : -XEN_EFAULT;
    }
    case XENVER_build_id:
      // hvsim has no build id to give (Xen built without one answers the same).
      return d.privileged ? -XEN_ENODATA : -XEN_EPERM;
    default:
      return -XEN_ENOSYS;
  }
}

/** Copies a NUL-padded string buffer of `len` bytes to the guest. */
function putString(d: Domain, arg: number, s: string, len: number): number {
  writeCString(d.mem.scratch, 0, len, s);
  return d.mem.copyToGuest(arg, len) ? 0 : -XEN_EFAULT;
}
