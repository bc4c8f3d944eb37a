/* hvsim guest ABI 1.0: hvsim's start_info (Xen's PV start_info; Xen has none on Arm).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_START_INFO_H__
#define __HVSIM_START_INFO_H__

#include "xen.h"

#define MAX_GUEST_CMDLINE 1024

/* hvsim boot information (Xen PV start_info with a trailing domid). */
struct start_info {
    char magic[32];
    unsigned long nr_pages;
    unsigned long shared_info;
    uint32_t flags;
    uint8_t _hvsim_pad0[4];
    xen_pfn_t store_mfn __hvsim_align8;
    uint32_t store_evtchn;
    uint8_t _hvsim_pad1[4];
    union {
        struct {
            xen_pfn_t mfn __hvsim_align8;
            uint32_t evtchn;
            uint8_t _hvsim_pad0[4];
        } domU;
        struct {
            uint32_t info_off;
            uint32_t info_size;
        } dom0;
    } console;
    unsigned long pt_base;
    unsigned long nr_pt_frames;
    unsigned long mfn_list;
    unsigned long mod_start;
    unsigned long mod_len;
    int8_t cmd_line[1024];
    unsigned long first_p2m_pfn;
    unsigned long nr_p2m_frames;
    domid_t domid;
    uint8_t _hvsim_pad2[2];
};
typedef struct start_info start_info_t;
HVSIM_ASSERT_SIZE(struct start_info, 1136);

#endif /* __HVSIM_START_INFO_H__ */
