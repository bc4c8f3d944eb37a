/**
 * grant_table_op(cmd, uop, count): map_grant_ref, unmap_grant_ref and copy over an array of
 * `count` ops; setup_table and query_size take exactly one (count != 1 → -EINVAL, as Xen);
 * get_version and set_version one struct whatever the count. As in Xen, a per-op failure
 * goes in that op's status field and the hypercall still returns 0; a bad pointer or count
 * is the hypercall's error. Grant tables are v1 only, as a Xen built without
 * CONFIG_GRANT_TABLE_V2 (Arm's only choice).
 */
import {
  BAD_GUEST_HANDLE, GNTCOPY_dest_gref, GNTCOPY_source_gref, GNTST_bad_domain, GNTST_bad_virt_addr, GNTST_okay,
  GNTST_permission_denied, GNTTAB_COPY, GNTTAB_COPY_PTR, GNTTAB_GET_VERSION, GNTTAB_MAP_GRANT_REF, GNTTAB_QUERY_SIZE,
  GNTTAB_SET_VERSION, GNTTAB_SETUP_TABLE, GNTTAB_UNMAP_GRANT_REF, GNTTABOP_copy, GNTTABOP_get_version,
  GNTTABOP_map_grant_ref, GNTTABOP_query_size, GNTTABOP_set_version, GNTTABOP_setup_table, GNTTABOP_unmap_grant_ref,
  XEN_EFAULT, XEN_EINVAL, XEN_ENOSYS, XEN_EPERM, XEN_ESRCH, DOMID_SELF, readGuestHandle, readU16, readU32, readU64,
  readU64Hi, writeU16, writeU32, writeU64,
} from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import { CYCLES_PER_HYPERCALL_ITEM } from '../constants';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { grantCopy, grantFrameGfn, mapGrant, setupTable, unmapGrant } from '../memory/grant-table';

/** The only grant table format hvsim implements. */
const GRANT_TABLE_VERSION = 1;
/** Ops per call: Xen would continue a longer batch later; hvsim asks for smaller batches. */
const MAX_OPS = 512;

export function grantTableOp(core: Core, v: Vcpu, cmd: number, uop: number, count: number): number {
  const d = v.domain;
  if (count > MAX_OPS) return -XEN_EINVAL;
  switch (cmd) {
    case GNTTABOP_setup_table:
    case GNTTABOP_query_size:
      if (count !== 1) return -XEN_EINVAL;
      break;
    case GNTTABOP_set_version:
      return setVersion(d, uop);
    case GNTTABOP_get_version:
      return getVersion(core, d, uop);
  }
  let op: (core: Core, d: Domain, at: number) => number;
  let size: number;
  switch (cmd) {
    case GNTTABOP_setup_table: op = setupOne; size = GNTTAB_SETUP_TABLE.size; break;
    case GNTTABOP_query_size: op = querySizeOne; size = GNTTAB_QUERY_SIZE.size; break;
    case GNTTABOP_map_grant_ref: op = mapOne; size = GNTTAB_MAP_GRANT_REF.size; break;
    case GNTTABOP_unmap_grant_ref: op = unmapOne; size = GNTTAB_UNMAP_GRANT_REF.size; break;
    case GNTTABOP_copy: op = copyOne; size = GNTTAB_COPY.size; break;
    default: return -XEN_ENOSYS;
  }
  for (let i = 0; i < count; i++) {
    core.extraCycles += CYCLES_PER_HYPERCALL_ITEM;
    const r = op(core, d, uop + i * size);
    if (r < 0) return r;
  }
  return 0;
}

/** The domain an op names, or undefined when it does not exist. */
function named(core: Core, caller: Domain, domid: number): Domain | undefined {
  return domid === DOMID_SELF ? caller : core.domain(domid);
}

function setupOne(core: Core, caller: Domain, at: number): number {
  const m = caller.mem;
  const s = m.scratch;
  const f = GNTTAB_SETUP_TABLE.f;
  if (!m.copyFromGuest(at, GNTTAB_SETUP_TABLE.size)) return -XEN_EFAULT;
  const domid = readU16(s, f.dom.offset);
  const nr = readU32(s, f.nr_frames.offset);
  const list = readGuestHandle(s, f.frame_list.offset);
  const d = named(core, caller, domid);
  let status: number = GNTST_okay;
  if (d !== caller && !caller.privileged) status = GNTST_permission_denied;
  else if (d === undefined || !d.alive) status = GNTST_bad_domain;
  else {
    status = setupTable(core.pool, d, nr);
    // As on Xen/Arm, a frame_list the caller cannot write is that op's status, not -EFAULT
    // (the table has grown all the same).
    for (let i = 0; status === GNTST_okay && i < nr; i++) {
      writeU64(s, 0, grantFrameGfn(d.grants, i));
      if (list === BAD_GUEST_HANDLE || !m.copyToGuest(list + 8 * i, 8)) status = GNTST_bad_virt_addr;
    }
    m.copyFromGuest(at, GNTTAB_SETUP_TABLE.size);
  }
  writeU16(s, f.status.offset, status);
  return m.copyToGuest(at, GNTTAB_SETUP_TABLE.size) ? 0 : -XEN_EFAULT;
}

/** GNTTABOP_set_version: 1 is the only version there is; 2 → -ENOSYS as Xen without v2. */
function setVersion(d: Domain, at: number): number {
  const m = d.mem;
  const f = GNTTAB_SET_VERSION.f;
  if (!m.copyFromGuest(at, GNTTAB_SET_VERSION.size)) return -XEN_EFAULT;
  const version = readU32(m.scratch, f.version.offset);
  let rc = 0;
  if (version !== 1 && version !== 2) rc = -XEN_EINVAL;
  else if (version === 2) rc = -XEN_ENOSYS;
  // Xen writes the version in force back whatever the outcome.
  writeU32(m.scratch, f.version.offset, GRANT_TABLE_VERSION);
  return m.copyToGuest(at, GNTTAB_SET_VERSION.size) ? rc : -XEN_EFAULT;
}

/** GNTTABOP_get_version: the caller's, or (privileged) another domain's table version. */
function getVersion(core: Core, caller: Domain, at: number): number {
  const m = caller.mem;
  const f = GNTTAB_GET_VERSION.f;
  if (!m.copyFromGuest(at, GNTTAB_GET_VERSION.size)) return -XEN_EFAULT;
  const d = named(core, caller, readU16(m.scratch, f.dom.offset));
  if (d === undefined) return -XEN_ESRCH;
  if (d !== caller && !caller.privileged) return -XEN_EPERM;
  writeU32(m.scratch, f.version.offset, GRANT_TABLE_VERSION);
  return m.copyToGuest(at, GNTTAB_GET_VERSION.size) ? 0 : -XEN_EFAULT;
}

function querySizeOne(core: Core, caller: Domain, at: number): number {
  const m = caller.mem;
  const s = m.scratch;
  const f = GNTTAB_QUERY_SIZE.f;
  if (!m.copyFromGuest(at, GNTTAB_QUERY_SIZE.size)) return -XEN_EFAULT;
  const d = named(core, caller, readU16(s, f.dom.offset));
  let status: number = GNTST_okay;
  if (d !== caller && !caller.privileged) status = GNTST_permission_denied;
  else if (d === undefined) status = GNTST_bad_domain;
  else {
    writeU32(s, f.nr_frames.offset, d.grants.nrFrames);
    writeU32(s, f.max_nr_frames.offset, d.grants.maxFrames);
  }
  writeU16(s, f.status.offset, status);
  return m.copyToGuest(at, GNTTAB_QUERY_SIZE.size) ? 0 : -XEN_EFAULT;
}

function mapOne(core: Core, caller: Domain, at: number): number {
  const m = caller.mem;
  const s = m.scratch;
  const f = GNTTAB_MAP_GRANT_REF.f;
  if (!m.copyFromGuest(at, GNTTAB_MAP_GRANT_REF.size)) return -XEN_EFAULT;
  const hostAddr = readU64Hi(s, f.host_addr.offset) === 0 ? readU32(s, f.host_addr.offset) : -1;
  const r = mapGrant(core.pool, caller, core.domain(readU16(s, f.dom.offset)), readU32(s, f.ref.offset), readU32(s, f.flags.offset), hostAddr);
  m.copyFromGuest(at, GNTTAB_MAP_GRANT_REF.size);
  writeU16(s, f.status.offset, r.status);
  writeU32(s, f.handle.offset, r.handle);
  writeU64(s, f.dev_bus_addr.offset, r.status === GNTST_okay ? hostAddr : 0);
  return m.copyToGuest(at, GNTTAB_MAP_GRANT_REF.size) ? 0 : -XEN_EFAULT;
}

function unmapOne(core: Core, caller: Domain, at: number): number {
  const m = caller.mem;
  const s = m.scratch;
  const f = GNTTAB_UNMAP_GRANT_REF.f;
  if (!m.copyFromGuest(at, GNTTAB_UNMAP_GRANT_REF.size)) return -XEN_EFAULT;
  const hostAddr = readU64(s, f.host_addr.offset);
  const status = unmapGrant(core.pool, caller, readU32(s, f.handle.offset), hostAddr, (id) => core.domain(id));
  writeU16(s, f.status.offset, status);
  return m.copyToGuest(at, GNTTAB_UNMAP_GRANT_REF.size) ? 0 : -XEN_EFAULT;
}

const copyBuf = new Uint8Array(PAGE_SIZE);
const COPY_U = GNTTAB_COPY_PTR.f['u.ref'].offset;
const COPY_DOMID = GNTTAB_COPY_PTR.f.domid.offset;
const COPY_OFFSET = GNTTAB_COPY_PTR.f.offset.offset;

function copyOne(core: Core, caller: Domain, at: number): number {
  const m = caller.mem;
  const s = m.scratch;
  const f = GNTTAB_COPY.f;
  if (!m.copyFromGuest(at, GNTTAB_COPY.size)) return -XEN_EFAULT;
  const flags = readU16(s, f.flags.offset);
  const side = (base: 'source' | 'dest', isRef: boolean) => {
    const o = base === 'source' ? f.source.offset : f.dest.offset;
    return {
      refOrGfn: isRef || readU64Hi(s, o + COPY_U) === 0 ? readU32(s, o + COPY_U) : -1,
      isRef,
      domain: named(core, caller, readU16(s, o + COPY_DOMID)),
      offset: readU16(s, o + COPY_OFFSET),
    };
  };
  const src = side('source', (flags & GNTCOPY_source_gref) !== 0);
  const dst = side('dest', (flags & GNTCOPY_dest_gref) !== 0);
  const len = readU16(s, f.len.offset);
  const status = grantCopy(core.pool, caller, src, dst, len, copyBuf);
  m.copyFromGuest(at, GNTTAB_COPY.size);
  writeU16(s, f.status.offset, status);
  core.extraCycles += Math.ceil(len / 64);
  return m.copyToGuest(at, GNTTAB_COPY.size) ? 0 : -XEN_EFAULT;
}

