/* The PV console ring: `struct xencons_interface` at guest frame
   start_info->console.domU.mfn, signalled through event channel
   start_info->console.domU.evtchn; dom0's console backend serves the other end.
   out[] carries the guest's output, in[] what is typed at `hvsim console`.

   Once the backend is connected, the SDK's printf() writes here instead of
   console_io (console_write() stays console_io). */
#ifndef SDK_CONSOLE_RING_H
#define SDK_CONSOLE_RING_H

#include <stddef.h>
#include <hvsim/console.h>
#include <hvsim/event_channel.h>

/* Whether a ring was announced and dom0 has bound its port. Checked once, on
   first use (dom0 connects the backend before it unpauses a domain); a kernel
   that neither prints nor calls these makes no hypercall for the ring. */
int console_ring_connected(void);

/* Queues n bytes on out[] and notifies the backend, waiting for room while the
   ring is full. Returns n, -XEN_ENOTCONN without a backend, -XEN_EIO if the
   ring's indices are impossible, -XEN_EDEADLK if called from a handler that
   interrupted a write on the same vCPU. Writers on several vCPUs are serialised. */
long console_ring_write(const char *s, size_t n);

/* Takes up to len bytes of input from in[]: returns how many (0 when nothing
   was typed), or a negative XEN_E* as above. One reader at a time. */
long console_ring_read(char *buf, size_t len);
/* As console_ring_read, but waits (SCHEDOP_poll) until at least one byte came. */
long console_ring_read_wait(char *buf, size_t len);

/* The console's event channel (kept masked; for a kernel that waits on several
   sources with SCHEDOP_poll). */
evtchn_port_t console_ring_port(void);

#endif
