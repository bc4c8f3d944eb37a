/* The frontend's half of the XenbusState handshake (io/xenbus.h), shared by the
   SDK's split-device drivers (blkfront, netfront). */
#ifndef SDK_XENBUS_H
#define SDK_XENBUS_H

/* Waits (on a watch of `backend`/state, tagged `token`) until the backend's
   state is `want`; -XEN_EIO if it moves to Closing or Closed instead. */
long xenbus_wait_backend(const char *backend, unsigned long want, const char *token);

#endif
