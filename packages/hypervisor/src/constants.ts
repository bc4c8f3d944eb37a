/**
 * The core's own numbers: the guest-physical map, machine defaults and the virtual-time cost
 * model. ABI numbers (hypercalls, errno, layouts) are not here — they live in @hvsim/abi.
 */
import { HVSIM_GUEST_RAM_BASE } from '@hvsim/abi';

// The guest-physical map (the table in docs/ABI.md): RAM from RAM_BASE_GFN up, nothing
// mapped above it up to SHARED_INFO_GFN, shared_info there as the toolstack shows it, the
// grant-table window in the top MAX_GRANT_FRAMES pages; the HVM devices below RAM (their
// windows are the guest's ABI: @hvsim/abi's HVSIM_HVM_UART_BASE, HVSIM_HVM_PLIC_BASE).

/** First gfn of guest RAM (gpa 0x8000_0000 >> 12). gfns are absolute: gpa >> 12. */
export const RAM_BASE_GFN = HVSIM_GUEST_RAM_BASE >>> 12;
/** A domain's guest-physical window: 0x8000_0000 .. 0xFFFF_FFFF. */
export const WINDOW_PAGES = 0x80000;
/** Grant-table frames appear at the top of the window, like Xen/Arm's grant-table region. */
export const MAX_GRANT_FRAMES = 32;
export const GNTTAB_BASE_GFN = RAM_BASE_GFN + WINDOW_PAGES - MAX_GRANT_FRAMES;
/** gfns from here up are reserved for the hypervisor (not populatable RAM). */
export const RAM_LIMIT_GFN = GNTTAB_BASE_GFN;
/**
 * Where the toolstack shows shared_info (start_info.shared_info): just below the grant
 * window, so it takes no RAM frame. A guest may move it with XENMEM_add_to_physmap.
 */
export const SHARED_INFO_GFN = GNTTAB_BASE_GFN - 1;

export const DEFAULT_PCPUS = 2;
export const DEFAULT_MEMORY_BYTES = 4 * 1024 * 1024 * 1024;
export const DEFAULT_FREQ_HZ = 1_000_000_000;
/** pCPUs are interleaved in quanta of at most this much virtual time (events shorten a quantum). */
export const DEFAULT_QUANTUM_NS = 100_000;
export const DEFAULT_SEED = 1;

/**
 * Cost model (cycles charged to the pCPU on top of retired instructions). Guest instructions
 * cost one cycle each; an exit costs what a world switch plus the handler would.
 */
export const EXIT_CYCLES_HYPERCALL = 100; // ecall → dispatch → sret-equivalent
export const EXIT_CYCLES_TRAP = 60; // exception reflected into the guest
export const EXIT_CYCLES_MMIO = 200; // emulated device access (ioreq round trip)
export const EXIT_CYCLES_WFI = 40;
/** Per extra unit of work inside a hypercall (a page populated, an extent, a multicall entry). */
export const CYCLES_PER_HYPERCALL_ITEM = 20;

/** While SEIP is raised, the hypervisor re-samples evtchn_upcall_pending at least this often. */
export const SEIP_SAMPLE_CYCLES = 2_000;
/** Same exception at the same pc this many times in a row without progress → crash. */
export const TRAP_STORM_LIMIT = 1_000;

/** Console output kept per domain until dom0 drains it. */
export const CONSOLE_BUFFER_BYTES = 64 * 1024;
/** Largest CONSOLEIO_write / DBCN write accepted in one call. */
export const CONSOLE_WRITE_MAX = 16 * 1024;
/** Largest poll set (Xen's limit for SCHEDOP_poll). */
export const POLL_MAX_PORTS = 128;
