/* diskbench: the guest half of `npm run bench -- blk`. On xvda it runs three
   phases, each announced on the console when it starts and ends, so the host can
   time them: sequential writes of 64 KiB (then a flush), sequential reads of
   64 KiB, and random 4 KiB reads. A 64 KiB I/O is one BLKIF_OP_INDIRECT request
   (16 pages) where the backend offers indirect descriptors, else two (11 pages
   and 5). */
#define SDK_PROGRAM "diskbench" /* names must()'s messages */
#include <sdk/blkfront.h>
#include <sdk/guest.h>

#define SEQ_BYTES (8u << 20)
#define IO_BYTES (64u << 10)
#define RANDOM_READS 2000u
#define SECT HVSIM_BLKIF_SECTOR_BYTES

static struct blkfront bf;
static uint8_t buf[IO_BYTES] __attribute__((aligned(4096))); /* page aligned: granted, not copied */

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

int main(void)
{
    must(blkfront_open(&bf, 51712), "connecting to xvda");
    if (bf.sectors * SECT < SEQ_BYTES) {
        printf("diskbench: xvda is too small (need %u bytes)\n", SEQ_BYTES);
        return 1;
    }
    for (unsigned i = 0; i < IO_BYTES; i++)
        buf[i] = (uint8_t)(i * 7);

    printf("diskbench: seq-write start\n");
    for (uint64_t off = 0; off < SEQ_BYTES; off += IO_BYTES)
        io(1, off, IO_BYTES);
    must(blkfront_flush(&bf), "flush");
    printf("diskbench: seq-write done %u bytes\n", SEQ_BYTES);

    printf("diskbench: seq-read start\n");
    for (uint64_t off = 0; off < SEQ_BYTES; off += IO_BYTES)
        io(0, off, IO_BYTES);
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
    must(blkfront_close(&bf), "closing xvda");
    return 0;
}
