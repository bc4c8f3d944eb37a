/* Grant tables, v1, for drivers: the domain's table is set up once
   (GNTTABOP_setup_table) and shown at the frames the hypervisor reports; a
   driver grants one of its pages to another domain by writing an entry.
   References below GNTTAB_NR_RESERVED_ENTRIES are the toolstack's. */
#ifndef SDK_GNTTAB_H
#define SDK_GNTTAB_H

#include <stdint.h>
#include <hvsim/grant_table.h>

/* Sets the table up (idempotent). Returns 0 or -XEN_E*. */
long gnttab_init(void);
/* A free reference (>= GNTTAB_NR_RESERVED_ENTRIES), or -XEN_ENOSPC. */
long gnttab_alloc_ref(void);
/* Lets `domid` access the page at guest-physical `addr` (page aligned);
   read-only if `readonly`. */
void gnttab_grant_access(grant_ref_t ref, domid_t domid, const void *page, int readonly);
/* Revokes the grant; returns 0, or -XEN_EBUSY if the other side maps it. */
long gnttab_end_access(grant_ref_t ref);

#endif
