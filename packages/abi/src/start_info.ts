/**
 * hvsim's start_info: the page the domain builder fills in and hands to vCPU0 in a1.
 *
 * Xen has no PV start_info on Arm (Arm guests find their pages through the device tree and
 * HVM params); hvsim keeps Xen's PV start_info instead, with Xen's field names, order and types
 * as a 32-bit guest sees them (`unsigned long` is 32-bit, xen_pfn_t 64-bit as on Arm), and one
 * addition at the end, `domid`. hvsim guests are auto-translated, so every "mfn" field holds a
 * guest frame number (guest-physical address >> 12) and `shared_info` is a guest-physical
 * address. `magic` is HVSIM_START_INFO_MAGIC. Fields a PV x86 guest used for its page tables
 * (pt_base, nr_pt_frames, mfn_list, first_p2m_pfn, nr_p2m_frames) are zero.
 */
import { array, defineStruct, struct, T, union } from './layout';

/** start_info.cmd_line capacity, including the terminating NUL (Xen's, from its PV start_info). */
export const MAX_GUEST_CMDLINE = 1024;

export const START_INFO = defineStruct('start_info', 'hvsim boot information (Xen PV start_info with a trailing domid).', {
  magic: array(T.char, 32),
  nr_pages: T.unsigned_long,
  shared_info: T.unsigned_long,
  flags: T.uint32_t,
  store_mfn: T.xen_pfn_t,
  store_evtchn: T.uint32_t,
  console: union({
    domU: struct({ mfn: T.xen_pfn_t, evtchn: T.uint32_t }),
    dom0: struct({ info_off: T.uint32_t, info_size: T.uint32_t }),
  }),
  pt_base: T.unsigned_long,
  nr_pt_frames: T.unsigned_long,
  mfn_list: T.unsigned_long,
  mod_start: T.unsigned_long,
  mod_len: T.unsigned_long,
  cmd_line: array(T.int8_t, MAX_GUEST_CMDLINE),
  first_p2m_pfn: T.unsigned_long,
  nr_p2m_frames: T.unsigned_long,
  domid: T.domid_t,
});
