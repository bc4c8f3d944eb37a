/*
 * CPU-bound benchmark: fills 4 MiB with a xorshift32 stream, takes its CRC-32 and
 * Adler-32, heapsorts the first 384 Ki words and takes the CRC-32 of the sorted words.
 * Prints the three sums and their combination, and exits 0 (or 1 if the sort is wrong).
 * About 240 million instructions; packages/riscv/test/images.test.ts recomputes the sums.
 */
#include <stddef.h>
#include <stdint.h>
#include "board.h"

#define WORDS      (1u << 20)      /* 4 MiB of data */
#define SORT_WORDS (3u << 17)      /* 1.5 MiB of it sorted */
#define SEED       0x2545f491u

static uint32_t data[WORDS];
static uint32_t crc_table[256];

static void crc32_init(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32(const uint8_t *p, size_t len)
{
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < len; i++)
        c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

static uint32_t adler32(const uint8_t *p, size_t len)
{
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < len; i++) {
        a = (a + p[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

static void fill(uint32_t *w, size_t n, uint32_t x)
{
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        w[i] = x;
    }
}

static void sift_down(uint32_t *a, size_t root, size_t end)
{
    uint32_t value = a[root];
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= end)
            break;
        if (child + 1 < end && a[child + 1] > a[child])
            child++;
        if (a[child] <= value)
            break;
        a[root] = a[child];
        root = child;
    }
    a[root] = value;
}

static void heapsort(uint32_t *a, size_t n)
{
    for (size_t i = n / 2; i-- > 0;)
        sift_down(a, i, n);
    for (size_t end = n - 1; end > 0; end--) {
        uint32_t top = a[0];
        a[0] = a[end];
        a[end] = top;
        sift_down(a, 0, end);
    }
}

static int sorted(const uint32_t *a, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return 0;
    return 1;
}

static void report(const char *name, uint32_t value)
{
    board_puts("cpubench: ");
    board_puts(name);
    board_puts(" 0x");
    board_puthex(value);
    board_putc('\n');
}

int main(void)
{
    crc32_init();
    fill(data, WORDS, SEED);
    uint32_t crc = crc32((const uint8_t *)data, sizeof data);
    uint32_t adler = adler32((const uint8_t *)data, sizeof data);
    heapsort(data, SORT_WORDS);
    uint32_t sorted_crc = crc32((const uint8_t *)data, SORT_WORDS * sizeof data[0]);

    report("crc32", crc);
    report("adler32", adler);
    report("sorted-crc32", sorted_crc);
    report("checksum", crc ^ ((adler << 7) | (adler >> 25)) ^ sorted_crc);
    if (!sorted(data, SORT_WORDS)) {
        board_puts("cpubench: sort FAILED\n");
        return 1;
    }
    board_puts("cpubench: done\n");
    return 0;
}
