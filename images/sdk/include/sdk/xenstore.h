/* A xenstore client over the domain's xenstore ring (xs_wire protocol).

   The ring is the `struct xenstore_domain_interface` page at guest frame
   start_info->store_mfn, signalled through event channel start_info->store_evtchn;
   the domain builder sets both up and dom0's xenstored serves the other end.

   Paths are as in Xen: absolute ("/local/domain/3/name") or relative to the
   domain's home /local/domain/<domid> ("name", "memory/target"); xenstored
   resolves them. Every call returns >= 0 on success or a negative XEN_E* value:
   an XS_ERROR reply's errno name mapped back to its number (-XEN_ENOENT,
   -XEN_EACCES, ...), -XEN_ENOTCONN when there is no ring or nobody serves it,
   -XEN_EIO when the ring broke, -XEN_E2BIG when a reply does not fit the buffer.

   Calls block the calling vCPU (SCHEDOP_poll on the store port) until the
   reply arrives. They are serialised between vCPUs; do not call them from an
   event or trap handler. Watch events that arrive while waiting for a reply are
   queued for xs_read_watch()/xs_poll_watch(). */
#ifndef SDK_XENSTORE_H
#define SDK_XENSTORE_H

#include <stddef.h>
#include <stdint.h>
#include <hvsim/xs_wire.h>
#include <hvsim/event_channel.h>

/* Whether a xenstore ring was announced and its port is bound by dom0. The
   client sets itself up on first use, so a kernel that never calls it makes no
   hypercall for it. */
int xs_available(void);

/* XS_READ: the value, NUL-terminated, into buf[len]. Returns its length. */
long xs_read(const char *path, char *buf, size_t len);
/* xs_read of a decimal number (e.g. "memory/target"); -XEN_EINVAL if it is not one. */
long xs_read_ulong(const char *path, unsigned long *value);
/* XS_WRITE: create or replace the node's value (ancestors are created too). */
long xs_write(const char *path, const char *value);
/* XS_MKDIR: create an empty node (no error if it exists). */
long xs_mkdir(const char *path);
/* XS_RM: remove the node and everything below it. */
long xs_rm(const char *path);
/* XS_DIRECTORY: the children's names, each NUL-terminated, one after another in
   buf[len]. Returns how many there are (walk them with xs_next_name). */
long xs_directory(const char *path, char *buf, size_t len);
/* The name after `name` in an xs_directory buffer. */
static inline const char *xs_next_name(const char *name)
{
    while (*name)
        name++;
    return name + 1;
}
/* XS_SET_PERMS: perms[0] names the owner and everyone's default access, the
   rest grant single domains: "n5" none, "r5" read, "w5" write, "b5" both.
   Only the owner (or dom0) may change them, and not to another owner. */
long xs_set_perms(const char *path, const char *const *perms, unsigned count);
/* XS_GET_DOMAIN_PATH: "/local/domain/<domid>" as xenstored says it. */
long xs_get_domain_path(domid_t domid, char *buf, size_t len);

/* XS_WATCH: events for `path` and everything below it, tagged with `token`.
   As in Xen, one event fires right after registration. */
long xs_watch(const char *path, const char *token);
/* XS_UNWATCH: the exact (path, token) pair given to xs_watch. Queued events of
   that watch are still delivered. */
long xs_unwatch(const char *path, const char *token);
/* Waits for the next watch event: the changed path and the watch's token,
   NUL-terminated. Returns 0. */
long xs_read_watch(char *path, size_t path_len, char *token, size_t token_len);
/* As xs_read_watch, without waiting: -XEN_EAGAIN when no event is queued or on
   the ring. */
long xs_poll_watch(char *path, size_t path_len, char *token, size_t token_len);
/* Watch events dropped because the client's queue was full. */
unsigned xs_dropped_watch_events(void);

/* Transactions: operations given `tx` see and change a private view of the
   tree that xs_transaction_end(tx, 1) commits, or fails with -XEN_EAGAIN when
   something it read changed meanwhile (start again, as Xen's clients loop). */
typedef uint32_t xs_transaction_t;
#define XBT_NIL ((xs_transaction_t)0)
long xs_transaction_start(xs_transaction_t *tx);
long xs_transaction_end(xs_transaction_t tx, int commit);
long xs_tx_read(xs_transaction_t tx, const char *path, char *buf, size_t len);
long xs_tx_write(xs_transaction_t tx, const char *path, const char *value);
long xs_tx_rm(xs_transaction_t tx, const char *path);

/* The store's event channel (for a kernel that waits on several sources with
   SCHEDOP_poll; the SDK keeps it masked and polls it). */
evtchn_port_t xs_port(void);

#endif
