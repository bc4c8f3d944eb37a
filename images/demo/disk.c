/* disk: a guest that keeps data on a virtual disk (xvda, through blkfront).

   Sector 0 holds a header: a magic and the number of the run that last wrote
   the disk. Each boot reads it; if an earlier run left data, the guest checks
   that run's pattern (sectors 1..PATTERN_SECTORS) is intact and says so. It
   then writes its own run's pattern, in requests of 11 pages and of single
   sectors, flushes, reads everything back and compares, discards a range and
   checks it reads as zeros, writes the header with its run number, flushes
   again and powers off. The next boot finds this run's data. */
#define SDK_PROGRAM "disk" /* names must()'s messages */
#include <sdk/blkfront.h>
#include <sdk/guest.h>

#define MAGIC "hvsim-disk-demo"
#define PATTERN_SECTORS 200 /* over several requests: 88 + 88 + 24 */
#define DISCARD_AT 400
#define DISCARD_SECTORS 16

static struct blkfront bf;
static uint8_t buf[BLKFRONT_MAX_SECTORS * HVSIM_BLKIF_SECTOR_BYTES];
static uint8_t sector0[HVSIM_BLKIF_SECTOR_BYTES];

/* The byte at offset `i` of sector `s` in run `run`'s pattern. */
static uint8_t pattern(unsigned run, unsigned s, unsigned i)
{
    return (uint8_t)(run * 131u + s * 7u + i * 13u + (i >> 8));
}

/* Applies `fn` to the pattern's sectors in requests of up to BLKFRONT_MAX_SECTORS. */
static unsigned check_pattern(unsigned run)
{
    unsigned bad = 0;
    for (unsigned s = 1; s <= PATTERN_SECTORS; s += BLKFRONT_MAX_SECTORS) {
        unsigned n = PATTERN_SECTORS + 1 - s < BLKFRONT_MAX_SECTORS ? PATTERN_SECTORS + 1 - s : BLKFRONT_MAX_SECTORS;
        must(blkfront_read(&bf, s, buf, n), "reading the pattern");
        for (unsigned k = 0; k < n; k++)
            for (unsigned i = 0; i < HVSIM_BLKIF_SECTOR_BYTES; i++)
                if (buf[k * HVSIM_BLKIF_SECTOR_BYTES + i] != pattern(run, s + k, i))
                    bad++;
    }
    return bad;
}

static void write_pattern(unsigned run)
{
    unsigned s = 1;
    /* Two full requests of 11 pages, then the rest a sector at a time. */
    for (; s + BLKFRONT_MAX_SECTORS <= PATTERN_SECTORS + 1; s += BLKFRONT_MAX_SECTORS) {
        for (unsigned k = 0; k < BLKFRONT_MAX_SECTORS; k++)
            for (unsigned i = 0; i < HVSIM_BLKIF_SECTOR_BYTES; i++)
                buf[k * HVSIM_BLKIF_SECTOR_BYTES + i] = pattern(run, s + k, i);
        must(blkfront_write(&bf, s, buf, BLKFRONT_MAX_SECTORS), "writing the pattern");
    }
    for (; s <= PATTERN_SECTORS; s++) {
        for (unsigned i = 0; i < HVSIM_BLKIF_SECTOR_BYTES; i++)
            buf[i] = pattern(run, s, i);
        must(blkfront_write(&bf, s, buf, 1), "writing a sector");
    }
}

int main(void)
{
    must(blkfront_open(&bf, 51712), "connecting to xvda");
    printf("disk: xvda connected: %lu sectors of %u bytes%s\n", (unsigned long)bf.sectors, HVSIM_BLKIF_SECTOR_BYTES,
           bf.readonly ? ", read-only" : "");
    if (bf.sectors < DISCARD_AT + DISCARD_SECTORS) {
        printf("disk: xvda is too small (need %u sectors)\n", DISCARD_AT + DISCARD_SECTORS);
        return 1;
    }

    must(blkfront_read(&bf, 0, sector0, 1), "reading the header");
    unsigned previous = 0;
    if (memcmp(sector0, MAGIC, sizeof MAGIC) == 0) {
        memcpy(&previous, sector0 + 32, sizeof previous);
        unsigned bad = check_pattern(previous);
        printf("disk: found run %u's data: %s\n", previous, bad == 0 ? "intact" : "CORRUPT");
        if (bad != 0)
            return 1;
    } else {
        printf("disk: a blank disk: this is run 1\n");
    }
    unsigned run = previous + 1;

    write_pattern(run);
    must(blkfront_flush(&bf), "flushing");
    unsigned bad = check_pattern(run);
    printf("disk: run %u wrote %u sectors, flushed, read back: %s\n", run, PATTERN_SECTORS, bad == 0 ? "ok" : "MISMATCH");
    if (bad != 0)
        return 1;

    must(blkfront_discard(&bf, DISCARD_AT, DISCARD_SECTORS), "discarding");
    must(blkfront_read(&bf, DISCARD_AT, buf, DISCARD_SECTORS), "reading the discarded range");
    unsigned nonzero = 0;
    for (unsigned i = 0; i < DISCARD_SECTORS * HVSIM_BLKIF_SECTOR_BYTES; i++)
        nonzero += buf[i] != 0;
    printf("disk: discarded %u sectors: %s\n", DISCARD_SECTORS, nonzero == 0 ? "zeros" : "NOT ZERO");

    /* Past the end (sent raw, as blkfront itself would not): the backend must refuse it. */
    struct blkif_request past = { .operation = BLKIF_OP_READ, .nr_segments = 1, .sector_number = bf.sectors };
    past.seg[0].gref = bf.slot[0].data_ref[0];
    past.seg[0].last_sect = 0;
    long rc = blkfront_raw(&bf, &past);
    printf("disk: a read past the end: %s\n", rc == BLKIF_RSP_ERROR ? "refused" : "ACCEPTED");

    memset(sector0, 0, sizeof sector0);
    memcpy(sector0, MAGIC, sizeof MAGIC);
    memcpy(sector0 + 32, &run, sizeof run);
    must(blkfront_write(&bf, 0, sector0, 1), "writing the header");
    must(blkfront_flush(&bf), "flushing the header");
    printf("disk: run %u done (header flushed)\n", run);
    must(blkfront_close(&bf), "closing xvda");
    return nonzero == 0 ? 0 : 1;
}
