/* diskstamp: writes a block to xvda and flushes it every 50 ms of guest time, forever,
   and says on the console when a write fails. The guest of the cluster's disk-lock
   tests: a host whose lock on the disk is gone must refuse its writes, and one that
   holds it must not. */
#include <sdk/blkfront.h>
#include <sdk/evtchn.h>
#include <sdk/guest.h>
#include <sdk/timer.h>

#define PERIOD_NS 50000000ull
#define BLOCK_SECTORS (4096u / HVSIM_BLKIF_SECTOR_BYTES)

static struct blkfront bf;
static uint8_t block[4096] __attribute__((aligned(4096)));

int main(void)
{
    if (blkfront_open(&bf, 51712) < 0) {
        printf("diskstamp: cannot connect to xvda\n");
        return 1;
    }
    timer_init();
    unsigned failed = 0;
    uint64_t next = now_ns();
    for (unsigned seq = 1;; seq++) {
        for (unsigned i = 0; i < sizeof block; i++)
            block[i] = (uint8_t)(seq + i);
        long rc = blkfront_write(&bf, 0, block, BLOCK_SECTORS);
        if (rc >= 0)
            rc = blkfront_flush(&bf);
        if (rc < 0) {
            failed++;
            if (failed <= 3 || failed % 20 == 0)
                printf("diskstamp: write %u failed: %ld (%u failed so far)\n", seq, rc, failed);
        } else if (seq <= 3 || seq % 100 == 0) {
            printf("diskstamp: write %u ok\n", seq);
        }
        next += PERIOD_NS;
        timer_set(next);
        wait_event(now_ns() >= next);
    }
}
