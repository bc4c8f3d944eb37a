/* netif: a hostile frontend against dom0's netback, over this domain's own vif
   (netif.cfg gives it one on xenbr0). Garbage on the tx ring -- grants that do
   not exist, frames shorter than an Ethernet header or longer than a frame can
   be, a slot past the end of its page, a chain whose parts outgrow the whole --
   must each be answered NETIF_RSP_ERROR while the vif stays Connected and good
   frames still go; a producer index more than a ring ahead must move the vif to
   Closing. The frontend then closes, starts over, and the vif works again. */
#include <sdk/gnttab.h>
#include <sdk/netfront.h>
#include <sdk/test.h>
#include <sdk/timer.h>
#include <sdk/xenstore.h>
#include <hvsim/xenbus.h>

const char test_title[] = "netif";

#define WAIT_NS 200000000ull

static struct netfront nf;
static uint8_t page[4096] __attribute__((aligned(4096)));
static grant_ref_t ref;

static unsigned long backend_state(void)
{
    char path[128];
    unsigned long state = 0;
    snprintf(path, sizeof path, "%s/state", nf.backend);
    xs_read_ulong(path, &state);
    return state;
}

/* Sends the requests and checks each answer's status (the ids are the indexes). */
static void expect_answers(const struct netif_tx_request *reqs, unsigned n, const int16_t *want)
{
    struct netif_tx_response rsps[8];
    expect_rc(netfront_raw_tx(&nf, reqs, n, 0, rsps, now_ns() + WAIT_NS), n);
    for (unsigned i = 0; i < n; i++) {
        expect_rc(rsps[i].id, reqs[i].id);
        expect_rc(rsps[i].status, want[i]);
    }
}

static struct netif_tx_request req(grant_ref_t gref, uint16_t offset, uint16_t flags, uint16_t id, uint16_t size)
{
    struct netif_tx_request r = { .gref = gref, .offset = offset, .flags = flags, .id = id, .size = size };
    return r;
}

static void good_frame_goes(uint16_t id)
{
    const struct netif_tx_request good[] = { req(ref, 0, 0, id, 60) };
    const int16_t ok[] = { NETIF_RSP_OKAY };
    expect_answers(good, 1, ok);
}

void test_main(void)
{
    timer_init();
    long rc = netfront_open(&nf, 0);
    if (rc < 0) {
        test_error("netfront_open: %ld", rc);
        return;
    }
    /* A broadcast frame from our own MAC, in a page granted read-only to dom0. */
    memset(page, 0xff, 6);
    memcpy(page + 6, nf.mac, 6);
    page[12] = 0x88;
    page[13] = 0xb5; /* the local experimental EtherType */
    rc = gnttab_alloc_ref();
    if (rc < 0) {
        test_error("gnttab_alloc_ref: %ld", rc);
        return;
    }
    ref = (grant_ref_t)rc;
    gnttab_grant_access(ref, nf.backend_id, page, 1);
    good_frame_goes(1);

    const struct netif_tx_request hostile[] = {
        req(0xfffff, 0, 0, 2, 60),                  /* a grant that does not exist */
        req(ref, 0, 0, 3, 13),                      /* shorter than an Ethernet header */
        req(ref, 0, 0, 4, 1519),                    /* longer than a frame */
        req(ref, 4090, 0, 5, 60),                   /* past the end of its page */
        req(ref, 0, NETTXF_more_data, 6, 60),       /* parts larger than the whole */
        req(ref, 0, 0, 7, 100),
        req(ref, 0, 0, 8, 0),                       /* empty */
    };
    const int16_t refused[] = { NETIF_RSP_ERROR, NETIF_RSP_ERROR, NETIF_RSP_ERROR, NETIF_RSP_ERROR, NETIF_RSP_ERROR, NETIF_RSP_ERROR, NETIF_RSP_ERROR };
    expect_answers(hostile, 7, refused);
    expect_rc(backend_state(), XenbusStateConnected);
    good_frame_goes(9);

    /* A producer more than a ring ahead: beyond repair, the vif goes Closing. */
    struct netif_tx_response none[1];
    const struct netif_tx_request one[] = { req(ref, 0, 0, 10, 60) };
    netfront_raw_tx(&nf, one, 1, HVSIM_NETIF_TX_RING_SIZE + 5, none, now_ns() + WAIT_NS);
    expect_rc(backend_state(), XenbusStateClosing);

    /* The frontend lets go and starts over: the vif works again. */
    expect_rc(netfront_close(&nf), 0);
    expect_rc(netfront_open(&nf, 0), 0);
    expect_rc(backend_state(), XenbusStateConnected);
    gnttab_grant_access(ref, nf.backend_id, page, 1);
    good_frame_goes(11);
    expect_rc(netfront_close(&nf), 0);
}
