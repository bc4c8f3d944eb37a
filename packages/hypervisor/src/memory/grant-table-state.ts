/**
 * A domain's grant table as a save image or a migration stream carries it: each frame's
 * entries and the gfn where the guest sees the frame. Xen itself does not carry grant tables
 * (its frontends re-grant everything on resume); hvsim restores a domain as it was, so the
 * grants its frontends made before a save still name the same pages afterwards and dom0's
 * backends reconnect to the rings the guest left.
 */
import { GRANT_ENTRY_V1, GTF_reading, GTF_writing, XEN_EINVAL, readU16, writeU16 } from '@hvsim/abi';
import { PAGE_SIZE } from '@hvsim/riscv';
import { MAX_GRANT_FRAMES } from '../constants';
import type { Domain } from '../domain/domain';
import { HypervisorError } from '../errors';
import type { FramePool } from './frame-pool';
import { setupTable } from './grant-table';
import { placeGrantFrame } from './physmap';

const ENTRY_SIZE = GRANT_ENTRY_V1.size;
const E_FLAGS = GRANT_ENTRY_V1.f.flags.offset;

export interface GrantTableState {
  /** Where the guest sees frame i (an absolute gfn), or -1 where it sees it nowhere. */
  frameGfns: number[];
  /** Frame i's contents: PAGE_SIZE bytes of grant_entry_v1. */
  frames: Uint8Array[];
}

/** A copy of d's grant table. */
export function saveGrantTable(pool: FramePool, d: Domain): GrantTableState {
  const gt = d.grants;
  return { frameGfns: [...gt.frameGfns], frames: gt.frames.map((mfn) => pool.writable(mfn).slice()) };
}

/**
 * Gives d (a domain just created, with no grant table yet) the saved table: the frames at
 * their gfns, their entries as saved. No other domain maps these grants yet, so the entries'
 * GTF_reading / GTF_writing (the hypervisor's in-use marks) are cleared.
 */
export function restoreGrantTable(pool: FramePool, d: Domain, state: GrantTableState): void {
  checkState(d, state);
  const n = state.frames.length;
  if (setupTable(pool, d, n) !== 0) throw new HypervisorError(XEN_EINVAL, `cannot give domain ${d.domid} ${n} grant frames`);
  const gt = d.grants;
  for (let i = 0; i < n; i++) {
    const want = state.frameGfns[i];
    if (want === gt.frameGfns[i]) continue;
    if (want < 0) {
      d.mem.unmapSpecial(gt.frameGfns[i]);
      gt.frameGfns[i] = -1;
    } else if (placeGrantFrame(pool, d, i, want) < 0) {
      throw new HypervisorError(XEN_EINVAL, `grant frame ${i} cannot be shown at gfn 0x${want.toString(16)}`);
    }
  }
  for (let i = 0; i < n; i++) {
    const page = pool.writable(gt.frames[i]);
    page.set(state.frames[i]);
    for (let off = 0; off < PAGE_SIZE; off += ENTRY_SIZE) {
      writeU16(page, off + E_FLAGS, readU16(page, off + E_FLAGS) & ~(GTF_reading | GTF_writing));
    }
  }
}

function checkState(d: Domain, state: GrantTableState): void {
  const n = state.frames.length;
  if (d.grants.nrFrames !== 0) throw new HypervisorError(XEN_EINVAL, `domain ${d.domid} already has a grant table`);
  if (n > MAX_GRANT_FRAMES) throw new HypervisorError(XEN_EINVAL, `${n} grant frames (at most ${MAX_GRANT_FRAMES})`);
  if (state.frameGfns.length !== n) throw new HypervisorError(XEN_EINVAL, `${state.frameGfns.length} gfns for ${n} grant frames`);
  for (let i = 0; i < n; i++) {
    if (state.frames[i].length !== PAGE_SIZE) throw new HypervisorError(XEN_EINVAL, `grant frame ${i} is ${state.frames[i].length} bytes, not ${PAGE_SIZE}`);
    const gfn = state.frameGfns[i];
    if (!Number.isInteger(gfn) || gfn < -1 || gfn > 0xfffff) throw new HypervisorError(XEN_EINVAL, `grant frame ${i}: bad gfn ${gfn}`);
  }
  // Two frames at one gfn would leave one of them shown nowhere without saying so.
  const shown = state.frameGfns.filter((g) => g >= 0);
  if (new Set(shown).size !== shown.length) throw new HypervisorError(XEN_EINVAL, 'two grant frames at one gfn');
}
