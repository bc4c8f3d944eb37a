/* disksoak: a guest that keeps a virtual disk busy for a while, so that a save,
   restore or migration lands in the middle of its I/O.

   Each round writes BLOCKS blocks of 4 KiB on xvda with that round's pattern,
   flushes, reads every block back and compares, and prints one line. A guest
   whose disk loses or mixes up data across a save/restore, or whose blkfront
   does not get its answers after one, prints a MISMATCH or stops making rounds.
   It makes ROUNDS rounds, or as many as its command line's rounds=N says. */
#define SDK_PROGRAM "disksoak" /* names must()'s messages */
#include <sdk/blkfront.h>
#include <sdk/cmdline.h>
#include <sdk/guest.h>

#define ROUNDS 12u
#define MAX_ROUNDS 1000000u
#define BLOCKS 16u
#define BLOCK_SECTORS (4096u / HVSIM_BLKIF_SECTOR_BYTES)

static struct blkfront bf;
static uint8_t block[4096] __attribute__((aligned(4096)));

static uint8_t pattern(unsigned round, unsigned b, unsigned i)
{
    return (uint8_t)(round * 29u + b * 101u + i * 7u + (i >> 9));
}

/* rounds=N from the command line (1..MAX_ROUNDS), else ROUNDS. */
static unsigned rounds(void)
{
    char buf[16];
    unsigned n = 0;
    if (!cmdline_opt("rounds", buf, sizeof buf))
        return ROUNDS;
    for (const char *p = buf; *p; p++) {
        if (*p < '0' || *p > '9' || n > MAX_ROUNDS / 10) {
            n = 0;
            break;
        }
        n = n * 10 + (unsigned)(*p - '0');
    }
    if (n == 0 || n > MAX_ROUNDS) {
        printf("disksoak: bad rounds=%s\n", buf);
        sdk_shutdown(SHUTDOWN_crash);
    }
    return n;
}

int main(void)
{
    unsigned total = rounds();
    must(blkfront_open(&bf, 51712), "connecting to xvda");
    if (bf.sectors < BLOCKS * BLOCK_SECTORS) {
        printf("disksoak: xvda is too small (need %u sectors)\n", BLOCKS * BLOCK_SECTORS);
        return 1;
    }
    unsigned mismatches = 0;
    for (unsigned round = 1; round <= total; round++) {
        for (unsigned b = 0; b < BLOCKS; b++) {
            for (unsigned i = 0; i < sizeof block; i++)
                block[i] = pattern(round, b, i);
            must(blkfront_write(&bf, b * BLOCK_SECTORS, block, BLOCK_SECTORS), "writing");
        }
        must(blkfront_flush(&bf), "flushing");
        unsigned bad = 0;
        for (unsigned b = 0; b < BLOCKS; b++) {
            must(blkfront_read(&bf, b * BLOCK_SECTORS, block, BLOCK_SECTORS), "reading");
            for (unsigned i = 0; i < sizeof block; i++)
                bad += block[i] != pattern(round, b, i);
        }
        mismatches += bad;
        printf("disksoak: round %u %s\n", round, bad == 0 ? "ok" : "MISMATCH");
    }
    printf("disksoak: done, %u rounds, %u bad bytes\n", total, mismatches);
    must(blkfront_close(&bf), "closing xvda");
    return mismatches == 0 ? 0 : 1;
}
