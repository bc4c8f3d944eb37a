/**
 * Sv32 address translation (privileged spec 1.12, section 4.3): the two-level page walk and its
 * permission checks, as a pure function of the page tables and the translation context.
 *
 * Choices where the spec leaves one:
 *  - A and D are updated by the walk itself, as QEMU does (Svade is not emulated): an access to a
 *    page with A = 0, or a store to a page with D = 0, sets the bit in the PTE in memory — only
 *    when the access is otherwise permitted, so a faulting access leaves the PTE as it was.
 *  - A PTE outside RAM, or one PMP denies reading (or, for an A/D update, writing), is an access
 *    fault of the original access type. The walk runs under S-mode's PMP view, as the spec says.
 *  - A leaf whose physical page lies above 4 GiB (Sv32 has 34-bit physical addresses; this hart
 *    has 32) maps nothing: accesses through it are access faults.
 *  - The A, D and U bits of non-leaf PTEs are ignored (reserved for future use, not checked).
 *  - ASIDs: all 9 bits of satp.ASID are writable; the TLB only ever holds translations of the
 *    current satp, so a flush for another ASID has nothing to drop (see PhysMemory).
 */

/** satp fields on RV32. */
export const SATP_MODE_SV32 = 0x8000_0000;
export const SATP_ASID_SHIFT = 22;
export const SATP_ASID_MASK = 0x1ff << SATP_ASID_SHIFT;
export const SATP_PPN_MASK = 0x3f_ffff;

/** PTE bits. */
export const PTE_V = 1 << 0;
export const PTE_R = 1 << 1;
export const PTE_W = 1 << 2;
export const PTE_X = 1 << 3;
export const PTE_U = 1 << 4;
export const PTE_G = 1 << 5;
export const PTE_A = 1 << 6;
export const PTE_D = 1 << 7;
export const PTE_PPN_SHIFT = 10;

/** What the access that needs the translation does. */
export const ACCESS_FETCH = 0;
export const ACCESS_LOAD = 1;
export const ACCESS_STORE = 2;
export type Access = typeof ACCESS_FETCH | typeof ACCESS_LOAD | typeof ACCESS_STORE;

/**
 * A translation context, as bits: 0 is Bare (virtual = physical); otherwise CTX_SV32 with the
 * effective privilege and the mstatus bits that change what a PTE permits.
 */
export const CTX_BARE = 0;
export const CTX_SV32 = 1 << 0;
/** The access is made in U-mode (else S-mode). */
export const CTX_USER = 1 << 1;
/** mstatus.SUM: S-mode loads and stores may touch U pages. */
export const CTX_SUM = 1 << 2;
/** mstatus.MXR: loads may read execute-only pages. */
export const CTX_MXR = 1 << 3;

/** walk's answers below zero. */
export const WALK_PAGE_FAULT = -1;
export const WALK_ACCESS_FAULT = -2;
/** Set in walk's answer when stores through the translation need no further walk (W and D). */
export const WALK_WRITABLE = 1 << 22;
/** Set in walk's answer when the leaf is a 4 MiB megapage. */
export const WALK_MEGA = 1 << 23;
/** The physical page number in walk's answer (a 32-bit physical address). */
export const WALK_PPN = 0xf_ffff;

/** Reads and writes page-table entries in physical memory for the walk. */
export interface PteMemory {
  /** The PTE at entry `index` (0..1023) of physical page `ppn`, as an unsigned 32-bit value,
   *  or a negative number when it cannot be read (not RAM, PMP). */
  readPte(ppn: number, index: number): number;
  /** Writes the PTE back (A/D update); false when it cannot be written. */
  writePte(ppn: number, index: number, pte: number): boolean;
}

/**
 * Translates virtual page `vpn` (address >>> 12) for `access` under context `ctx` (not Bare) and
 * root page table `root` (satp.PPN): the physical page number, with WALK_WRITABLE when a store
 * could use the translation as it is, or WALK_PAGE_FAULT / WALK_ACCESS_FAULT.
 */
export function walk(mem: PteMemory, root: number, vpn: number, access: Access, ctx: number): number {
  const vpn1 = vpn >>> 10, vpn0 = vpn & 0x3ff;
  let pte = mem.readPte(root, vpn1);
  if (pte < 0) return WALK_ACCESS_FAULT;
  let ppn: number, mega = 0;
  let index = vpn1, table = root;
  if ((pte & (PTE_R | PTE_X)) === 0) {
    if ((pte & PTE_V) === 0 || (pte & PTE_W) !== 0) return WALK_PAGE_FAULT;
    table = pte >>> PTE_PPN_SHIFT;
    index = vpn0;
    pte = mem.readPte(table, vpn0);
    if (pte < 0) return WALK_ACCESS_FAULT;
    // A pointer at the last level is no leaf either.
    if ((pte & (PTE_R | PTE_X)) === 0) return WALK_PAGE_FAULT;
    ppn = pte >>> PTE_PPN_SHIFT;
  } else {
    // A megapage's PPN[0] must be zero (a misaligned superpage faults).
    if (((pte >>> PTE_PPN_SHIFT) & 0x3ff) !== 0) return WALK_PAGE_FAULT;
    ppn = ((pte >>> 20) << 10) | vpn0;
    mega = WALK_MEGA;
  }
  if ((pte & PTE_V) === 0 || (pte & (PTE_R | PTE_W)) === PTE_W) return WALK_PAGE_FAULT;
  if (!permits(pte, access, ctx)) return WALK_PAGE_FAULT;
  if (ppn > WALK_PPN) return WALK_ACCESS_FAULT;
  const set = PTE_A | (access === ACCESS_STORE ? PTE_D : 0);
  if ((pte & set) !== set) {
    pte = (pte | set) >>> 0;
    if (!mem.writePte(table, index, pte)) return WALK_ACCESS_FAULT;
  }
  // Stores may reuse it if they are permitted too (the U check is the same for loads and stores).
  const writable = access !== ACCESS_FETCH && (pte & (PTE_W | PTE_D)) === (PTE_W | PTE_D);
  return (writable ? ppn | WALK_WRITABLE : ppn) | mega;
}

/** Whether a valid leaf `pte` permits `access` under `ctx`. */
function permits(pte: number, access: Access, ctx: number): boolean {
  if ((pte & PTE_U) !== 0) {
    // S-mode never executes user pages; it loads and stores to them only with SUM.
    if ((ctx & CTX_USER) === 0 && (access === ACCESS_FETCH || (ctx & CTX_SUM) === 0)) return false;
  } else if ((ctx & CTX_USER) !== 0) {
    return false;
  }
  if (access === ACCESS_FETCH) return (pte & PTE_X) !== 0;
  if (access === ACCESS_STORE) return (pte & PTE_W) !== 0;
  return (pte & PTE_R) !== 0 || ((ctx & CTX_MXR) !== 0 && (pte & PTE_X) !== 0);
}
