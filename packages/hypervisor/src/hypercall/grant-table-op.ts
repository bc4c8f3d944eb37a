/**
 * grant_table_op(cmd, uop, count): setup_table, query_size, map_grant_ref, unmap_grant_ref
 * and copy, each over an array of `count` ops. As in Xen, a per-op failure goes in that op's
 * status field and the hypercall still returns 0; a bad pointer or count is the hypercall's
 * error.
 */
import {
  BAD_GUEST_HANDLE, GNTCOPY_dest_gref, GNTCOPY_source_gref, GNTST_bad_domain, GNTST_okay, GNTST_permission_denied,
  GNTTAB_COPY, GNTTAB_COPY_PTR, GNTTAB_MAP_GRANT_REF, GNTTAB_QUERY_SIZE, GNTTAB_SETUP_TABLE, GNTTAB_UNMAP_GRANT_REF, GNTTABOP_copy,
  GNTTABOP_map_grant_ref, GNTTABOP_query_size, GNTTABOP_setup_table, GNTTABOP_unmap_grant_ref, XEN_EFAULT, XEN_EINVAL,
  XEN_ENOSYS, DOMID_SELF, readGuestHandle, readU16, readU32, readU64, readU64Hi, writeU16, writeU32, writeU64,
} from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import { CYCLES_PER_HYPERCALL_ITEM } from '../constants';
import type { Core } from '../core';
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import { grantCopy, grantFrameGfn, mapGrant, setupTable, unmapGrant } from '../memory/grant-table';

/** Ops per call: Xen would continue a longer batch later; hvsim asks for smaller batches. */
const MAX_OPS = 512;

export function grantTableOp(core: Core, v: Vcpu, cmd: number, uop: number, count: number): number {
  const d = v.domain;
  if (count > MAX_OPS) return -XEN_EINVAL;
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
    if (nr > 0 && list === BAD_GUEST_HANDLE) return -XEN_EFAULT;
    // Probe the output list before changing anything.
    for (let i = 0; i < nr && i < d.grants.maxFrames; i++) if (!m.copyFromGuest(list + 8 * i, 8)) return -XEN_EFAULT;
    status = setupTable(core.pool, d, nr);
    if (status === GNTST_okay) {
      for (let i = 0; i < nr; i++) {
        writeU64(s, 0, grantFrameGfn(i));
        m.copyToGuest(list + 8 * i, 8);
      }
    }
    m.copyFromGuest(at, GNTTAB_SETUP_TABLE.size);
  }
  writeU16(s, f.status.offset, status);
  return m.copyToGuest(at, GNTTAB_SETUP_TABLE.size) ? 0 : -XEN_EFAULT;
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

