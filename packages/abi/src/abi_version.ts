/**
 * The hvsim guest ABI version and boot contract. Additions bump the minor; nothing is ever
 * renumbered or re-laid-out. xen_version(XENVER_version) answers the Xen release whose ABI
 * hvsim follows (HVSIM_XEN_VERSION), so a guest that checks for Xen >= 4.x proceeds; hvsim's
 * own ABI version is in XENVER_extraversion, XENVER_capabilities and SBI get_impl_version.
 */

export const HVSIM_ABI_VERSION_MAJOR = 1;
export const HVSIM_ABI_VERSION_MINOR = 0;
/** major << 16 | minor, as Xen encodes XENVER_version. */
export const HVSIM_ABI_VERSION = (HVSIM_ABI_VERSION_MAJOR << 16) | HVSIM_ABI_VERSION_MINOR;

/** The Xen release whose public ABI hvsim follows: Xen 4.17. */
export const HVSIM_XEN_VERSION_MAJOR = 4;
export const HVSIM_XEN_VERSION_MINOR = 17;
/** XENVER_version answer: major << 16 | minor, as Xen encodes it (0x40011). */
export const HVSIM_XEN_VERSION = (HVSIM_XEN_VERSION_MAJOR << 16) | HVSIM_XEN_VERSION_MINOR;
/**
 * XENVER_extraversion answer (at most XEN_EXTRAVERSION_LEN bytes with its NUL): Xen's point
 * release, then hvsim's ABI version, so `xl info` shows "4.17.0-hvsim1.0".
 */
export const HVSIM_EXTRAVERSION = `.0-hvsim${HVSIM_ABI_VERSION_MAJOR}.${HVSIM_ABI_VERSION_MINOR}`;
/** XENVER_capabilities answer: one ABI, in Xen's "<kind>-<major>.<minor>-<arch>" form. */
export const HVSIM_CAPABILITIES = `hvsim-${HVSIM_ABI_VERSION_MAJOR}.${HVSIM_ABI_VERSION_MINOR}-riscv32`;

/**
 * start_info.magic: Xen's "xen-<version>-<platform>" form ("xen-3.0-x86_32") for hvsim, so a
 * guest can tell it booted under hvsim and which ABI it got.
 */
export const HVSIM_START_INFO_MAGIC = HVSIM_CAPABILITIES;

/** Guest-physical address of a domain's RAM (vCPU0 starts with a0 = vCPU id, a1 = start_info). */
export const HVSIM_GUEST_RAM_BASE = 0x80000000;
/** Guest page size (XENVER_pagesize). */
export const HVSIM_PAGE_SIZE = 4096;
/** HVM domains' ns16550 UART (QEMU virt's place), served by dom0's device model. */
export const HVSIM_HVM_UART_BASE = 0x10000000;
export const HVSIM_HVM_UART_SIZE = 0x100;
/** HVM domains' PLIC (sifive,plic-1.0.0 at QEMU virt's place): the whole register space the
 *  spec defines (15872 contexts), served by dom0's device model. */
export const HVSIM_HVM_PLIC_BASE = 0x0c000000;
export const HVSIM_HVM_PLIC_SIZE = 0x04000000;

/**
 * ELF notes a kernel carries, in the manner of Xen's XEN_ELFNOTE_* (note name "hvsim").
 * HVSIM_ELFNOTE_ABI_VERSION: a 4-byte desc holding the HVSIM_ABI_VERSION the kernel was built
 * against; the domain builder refuses a kernel whose major differs or whose minor is newer
 * than the hypervisor's.
 */
export const HVSIM_ELFNOTE_NAME = 'hvsim';
export const HVSIM_ELFNOTE_ABI_VERSION = 1;
/**
 * vm_assist type by which a guest opts in to hvsim's upcall mask: byte 1 of vcpu_info (Arm's
 * pad0, x86 PV's evtchn_upcall_mask) then masks event upcalls to that vCPU. Off by default,
 * so a Xen/Arm guest that never writes pad0, or writes anything there, sees Xen's behaviour.
 * Xen numbers its own types from 0 up (m2p_strict is 32, beyond a 32-bit guest's long);
 * hvsim takes the top bit of a 32-bit guest's `unsigned long`, which Xen leaves unused.
 */
export const HVSIM_VMASST_TYPE_upcall_mask = 31;
