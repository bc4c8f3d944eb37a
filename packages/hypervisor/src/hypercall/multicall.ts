/**
 * multicall(call_list, nr_calls): runs each multicall_entry's hypercall in order and stores
 * its result in the entry. Arguments are xen_ulong_t; one with upper bits set cannot be a
 * 32-bit register value, so that call's result is -EFAULT without running it. A nested
 * multicall is refused (-EINVAL), as in Xen. Stops early if the vCPU blocked or the domain
 * stopped running.
 */
import {
  MULTICALL_ENTRY, XEN_EFAULT, XEN_EINVAL, __HYPERVISOR_multicall, __HYPERVISOR_set_timer_op, readU32, readU64Hi, writeU64,
} from '@hvsim/abi';
import { CYCLES_PER_HYPERCALL_ITEM } from '../constants';
import type { Core } from '../core';
import { BlockKind, type Vcpu } from '../domain/vcpu';
import { hypercall } from './dispatch';

const MAX_CALLS = 256;
const ENTRY = MULTICALL_ENTRY.size;
const OP = MULTICALL_ENTRY.f.op.offset;
const RESULT = MULTICALL_ENTRY.f.result.offset;
const ARGS = MULTICALL_ENTRY.f.args.offset;

export function multicall(core: Core, v: Vcpu, list: number, nr: number): number {
  const d = v.domain;
  const m = d.mem;
  if (nr > MAX_CALLS) return -XEN_EINVAL;
  const a = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < nr; i++) {
    const at = list + i * ENTRY;
    if (!m.copyFromGuest(at, ENTRY)) return -XEN_EFAULT;
    const s = m.scratch;
    const op = readU64Hi(s, OP) === 0 ? readU32(s, OP) : -1;
    let ok = true;
    for (let k = 0; k < 6; k++) {
      a[k] = readU32(s, ARGS + 8 * k);
      // set_timer_op's single 64-bit argument is the one that may use the upper half.
      if (readU64Hi(s, ARGS + 8 * k) !== 0 && !(op === __HYPERVISOR_set_timer_op && k === 0)) ok = false;
    }
    if (op === __HYPERVISOR_set_timer_op) a[1] = readU64Hi(s, ARGS);
    core.extraCycles += CYCLES_PER_HYPERCALL_ITEM;
    let result: number;
    if (op === __HYPERVISOR_multicall) result = -XEN_EINVAL;
    else if (!ok || op < 0) result = -XEN_EFAULT;
    else {
      result = hypercall(core, v, op, a[0], a[1], a[2], a[3], a[4]);
      d.counters.countHypercall(op);
    }
    writeU64(m.scratch, 0, result);
    if (!m.copyToGuest(at + RESULT, 8)) return -XEN_EFAULT;
    if (v.block !== BlockKind.None || !d.alive || !v.online) break;
  }
  return 0;
}
