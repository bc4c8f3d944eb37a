/**
 * The hvsim guest ABI version and boot contract. Additions bump the minor; nothing is ever
 * renumbered or re-laid-out. xen_version(XENVER_version) and SBI get_impl_version return
 * HVSIM_ABI_VERSION.
 */

export const HVSIM_ABI_VERSION_MAJOR = 1;
export const HVSIM_ABI_VERSION_MINOR = 0;
/** major << 16 | minor, as Xen encodes XENVER_version. */
export const HVSIM_ABI_VERSION = (HVSIM_ABI_VERSION_MAJOR << 16) | HVSIM_ABI_VERSION_MINOR;

/** XENVER_extraversion answer (at most XEN_EXTRAVERSION_LEN bytes with its NUL). */
export const HVSIM_EXTRAVERSION = '-hvsim';
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

/**
 * ELF notes a kernel carries, in the manner of Xen's XEN_ELFNOTE_* (note name "hvsim").
 * HVSIM_ELFNOTE_ABI_VERSION: a 4-byte desc holding the HVSIM_ABI_VERSION the kernel was built
 * against; the domain builder refuses a kernel whose major differs or whose minor is newer
 * than the hypervisor's.
 */
export const HVSIM_ELFNOTE_NAME = 'hvsim';
export const HVSIM_ELFNOTE_ABI_VERSION = 1;
