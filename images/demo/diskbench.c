/* diskbench: the guest half of `npm run bench -- blk`. On xvda it runs three
   phases, each announced on the console when it starts and ends, so the host can
   time them: sequential writes of 64 KiB (then a flush), sequential reads of
   64 KiB, and random 4 KiB reads. It runs them ROUNDS times in a row, each round
   announced ("diskbench: round N"): the first round is the host's warm-up (it
   compiles the guest's code and its own paths), the later ones measure the
   device as a domain that has been running a while sees it. A 64 KiB I/O is one
   BLKIF_OP_INDIRECT request (16 pages) where the backend offers indirect
   descriptors, else two (11 pages and 5). The sequential phases keep
   BLKFRONT_MAX_INFLIGHT requests on the ring, as Linux's blkfront does with a
   queue of them (each into or out of a buffer of its own); the random reads go
   one at a time, as the host's preads do. */
#define SDK_PROGRAM "diskbench" /* names must()'s messages */
#include <sdk/blkfront.h>
#include <sdk/guest.h>

#define SEQ_BYTES (64u << 20)
#define ROUNDS 4u
#define IO_BYTES (64u << 10)
#define RANDOM_READS 2000u
#define SECT HVSIM_BLKIF_SECTOR_BYTES

static struct blkfront bf;
/* Page aligned: granted, not copied. One per request that may be on the ring. */
static uint8_t bufs[BLKFRONT_MAX_INFLIGHT][IO_BYTES] __attribute__((aligned(4096)));
static uint8_t *const buf = bufs[0];
/* Which buffer a started request (by its tag) uses; whether a buffer is in use. */
static unsigned buf_of_tag[BLKFRONT_MAX_INFLIGHT];
static int buf_busy[BLKFRONT_MAX_INFLIGHT];
static unsigned inflight;

/* One I/O of `bytes` at `offset`, in requests of at most bf.max_sectors. */
static void io(int write, uint64_t offset, unsigned bytes)
{
    uint64_t sector = offset / SECT;
    unsigned left = bytes / SECT, at = 0;
    while (left > 0) {
        unsigned n = left > bf.max_sectors ? bf.max_sectors : left;
        if (write)
            must(blkfront_write(&bf, sector, buf + at * SECT, n), "write");
        else
            must(blkfront_read(&bf, sector, buf + at * SECT, n), "read");
        sector += n;
        at += n;
        left -= n;
    }
}

/* Collects one answered request and frees its buffer. */
static void reap(void)
{
    long result = 0;
    long tag = must(blkfront_wait(&bf, &result), "waiting for a request");
    must(result, "a queued request");
    buf_busy[buf_of_tag[tag]] = 0;
    inflight--;
}

/* Sequential 64 KiB I/O over the first SEQ_BYTES, BLKFRONT_MAX_INFLIGHT requests
   in flight (one request each: IO_BYTES is within bf.max_sectors, checked in main). */
static void sequential(int write)
{
    for (uint64_t off = 0; off < SEQ_BYTES; off += IO_BYTES) {
        if (inflight == BLKFRONT_MAX_INFLIGHT)
            reap();
        unsigned b = 0;
        while (buf_busy[b])
            b++;
        long tag = must(blkfront_start(&bf, write, off / SECT, bufs[b], IO_BYTES / SECT), write ? "write" : "read");
        buf_of_tag[tag] = b;
        buf_busy[b] = 1;
        inflight++;
    }
    while (inflight > 0)
        reap();
}

int main(void)
{
    must(blkfront_open(&bf, 51712), "connecting to xvda");
    if (bf.sectors * SECT < SEQ_BYTES) {
        printf("diskbench: xvda is too small (need %u bytes)\n", SEQ_BYTES);
        return 1;
    }
    if (bf.max_sectors < IO_BYTES / SECT) {
        printf("diskbench: xvda takes no indirect requests of %u bytes\n", IO_BYTES);
        return 1;
    }
    for (unsigned b = 0; b < BLKFRONT_MAX_INFLIGHT; b++)
        for (unsigned i = 0; i < IO_BYTES; i++)
            bufs[b][i] = (uint8_t)(i * 7);

    for (unsigned round = 0; round < ROUNDS; round++) {
        printf("diskbench: round %u\n", round);
        printf("diskbench: seq-write start\n");
        sequential(1);
        must(blkfront_flush(&bf), "flush");
        printf("diskbench: seq-write done %u bytes\n", SEQ_BYTES);

        printf("diskbench: seq-read start\n");
        sequential(0);
        printf("diskbench: seq-read done %u bytes\n", SEQ_BYTES);

        printf("diskbench: rand-read start\n");
        uint32_t x = 2463534242u; /* xorshift32: the same offsets every run */
        for (unsigned i = 0; i < RANDOM_READS; i++) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            io(0, (uint64_t)(x % (SEQ_BYTES / 4096)) * 4096, 4096);
        }
        printf("diskbench: rand-read done %u reads\n", RANDOM_READS);
    }
    must(blkfront_close(&bf), "closing xvda");
    return 0;
}
