/* netfront: a virtual network interface's frontend (Xen's io/netif.h protocol:
   a tx and an rx ring sharing one event channel), for a vif given to the domain
   with xl's vif= or network-attach.

   netfront_open() waits for device/vif/<devid> to appear (a vif may be
   hot-plugged after boot), then does the XenbusState handshake with dom0's
   netback: it grants both ring pages and NETFRONT_RX_BUFS receive pages,
   offers an event channel, publishes tx-ring-ref / rx-ring-ref /
   event-channel / request-rx-copy and waits until both ends are Connected.

   Frames are whole Ethernet frames without FCS (at most NETFRONT_MTU_FRAME
   bytes). netfront_send() copies a frame into one of the driver's transmit
   pages and returns without waiting for the backend; netfront_recv() waits (up
   to a deadline) for the next received frame. Waits use SCHEDOP_poll on the
   vif's port. When the backend's state changes under a connected frontend --
   it starts over in InitWait, as after a restore or a migration -- the driver
   re-initialises its rings and connects again (Xen's resume); when it asks
   the frontend to close (network-detach), calls return -XEN_ENODEV. Not for
   concurrent use from several vCPUs. */
#ifndef SDK_NETFRONT_H
#define SDK_NETFRONT_H

#include <stdint.h>
#include <hvsim/netif.h>
#include <hvsim/event_channel.h>

#define NETFRONT_TX_BUFS 128
#define NETFRONT_RX_BUFS 128
#define NETFRONT_MTU_FRAME HVSIM_NETIF_MAX_FRAME

struct netfront_stats {
    unsigned long tx_frames, rx_frames, tx_errors, rx_errors, reconnects;
};

struct netfront {
    unsigned devid;
    domid_t backend_id;
    char frontend[64];
    char backend[96];
    uint8_t mac[6];
    evtchn_port_t port;
    grant_ref_t tx_ring_ref, rx_ring_ref;
    struct netif_tx_sring *tx;
    struct netif_rx_sring *rx;
    RING_IDX tx_prod_pvt, tx_rsp_cons;
    RING_IDX rx_prod_pvt, rx_rsp_cons;
    grant_ref_t tx_ref[NETFRONT_TX_BUFS];
    grant_ref_t rx_ref[NETFRONT_RX_BUFS];
    uint16_t tx_free[NETFRONT_TX_BUFS]; /* a stack of free transmit buffer ids */
    unsigned tx_nfree;
    int closed;
    struct netfront_stats stats;
    /* Called after the driver connected again (a restore, a migration), as
       Linux's netfront calls netif_notify_peers: the stack announces itself
       (a gratuitous ARP) so switches learn the port the vif now sits on.
       Set it after netfront_open(); it runs inside send/recv, so it must not
       reuse a buffer being sent. NULL: nothing is announced. */
    void (*notify_peers)(struct netfront *nf);
};

/* Connects to the vif whose xenstore name is `devid` (0 for the first), waiting
   for it to be plugged in. Returns 0 or -XEN_E*. */
long netfront_open(struct netfront *nf, unsigned devid);
/* Queues one frame of `len` (14..NETFRONT_MTU_FRAME) bytes for the backend. */
long netfront_send(struct netfront *nf, const void *frame, unsigned len);
/* The next received frame, copied into buf[len] (a longer frame is cut);
   returns its length, 0 if none came before system time `deadline_ns` (0: wait
   for ever), or -XEN_E*. */
long netfront_recv(struct netfront *nf, void *buf, unsigned len, uint64_t deadline_ns);
/* Looks at the backend's state: re-initialises and reconnects if it started
   over, -XEN_ENODEV if it is closing. Called by send/recv when they wait. */
long netfront_check_backend(struct netfront *nf);
/* For conformance kernels that test the backend: puts `n` tx requests on the
   ring as given, publishes req_prod `prod_skew` past them (0, or a lie), notifies,
   and collects up to `n` responses into rsps before `deadline_ns`; returns how
   many came. Every frame sent before is answered first. */
long netfront_raw_tx(struct netfront *nf, const struct netif_tx_request *reqs, unsigned n, RING_IDX prod_skew,
                     struct netif_tx_response *rsps, uint64_t deadline_ns);
/* Closing, then Closed, as a frontend that lets the device go. */
long netfront_close(struct netfront *nf);

#endif
