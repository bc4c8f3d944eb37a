/* hvsim guest ABI 1.0: hvsim ABI version and boot contract.
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_ABI_VERSION_H__
#define __HVSIM_ABI_VERSION_H__

#define HVSIM_ABI_VERSION_MINOR 0
#define HVSIM_ABI_VERSION_MAJOR 1
#define HVSIM_CAPABILITIES "hvsim-1.0-riscv32"
#define HVSIM_ELFNOTE_ABI_VERSION 1
#define HVSIM_ELFNOTE_NAME "hvsim"
#define HVSIM_EXTRAVERSION ".0-hvsim1.0"
#define HVSIM_VMASST_TYPE_upcall_mask 31
#define HVSIM_HVM_UART_SIZE 256
#define HVSIM_PAGE_SIZE 4096
#define HVSIM_HVM_PLIC_SIZE 0x4000000
#define HVSIM_HVM_PLIC_BASE 0xc000000
#define HVSIM_HVM_UART_BASE 0x10000000
#define HVSIM_GUEST_RAM_BASE 0x80000000U
#define HVSIM_START_INFO_MAGIC "hvsim-1.0-riscv32"
#define HVSIM_XEN_VERSION_MAJOR 4
#define HVSIM_XEN_VERSION_MINOR 17
#define HVSIM_ABI_VERSION 0x10000
#define HVSIM_XEN_VERSION 0x40011

#endif /* __HVSIM_ABI_VERSION_H__ */
