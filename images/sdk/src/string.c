/* The freestanding memory and string functions the compiler may also call. */
#include <sdk/guest.h>

/* memset and memcpy move whole words where the pointers allow: guests clear and copy
   pages and ring buffers, and a byte loop costs four times the instructions. */
#define WORD sizeof(uint32_t)
#define WORD_ALIGNED(p) (((uintptr_t)(p) & (WORD - 1)) == 0)

void *memset(void *d, int c, size_t n)
{
    unsigned char *p = d;
    while (n && !WORD_ALIGNED(p)) {
        *p++ = (unsigned char)c;
        n--;
    }
    uint32_t pattern = (unsigned char)c * 0x01010101u;
    for (; n >= WORD; n -= WORD, p += WORD)
        *(uint32_t *)p = pattern;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (((uintptr_t)dp & (WORD - 1)) == ((uintptr_t)sp & (WORD - 1))) {
        while (n && !WORD_ALIGNED(dp)) {
            *dp++ = *sp++;
            n--;
        }
        /* Eight words a turn: a frame or a page costs about half the instructions of a
           word at a time (the loop's own three per word go). */
        for (; n >= 8 * WORD; n -= 8 * WORD, dp += 8 * WORD, sp += 8 * WORD) {
            const uint32_t *s32 = (const uint32_t *)sp;
            uint32_t *d32 = (uint32_t *)dp;
            uint32_t w0 = s32[0], w1 = s32[1], w2 = s32[2], w3 = s32[3];
            uint32_t w4 = s32[4], w5 = s32[5], w6 = s32[6], w7 = s32[7];
            d32[0] = w0, d32[1] = w1, d32[2] = w2, d32[3] = w3;
            d32[4] = w4, d32[5] = w5, d32[6] = w6, d32[7] = w7;
        }
        for (; n >= WORD; n -= WORD, dp += WORD, sp += WORD)
            *(uint32_t *)dp = *(const uint32_t *)sp;
    }
    while (n--)
        *dp++ = *sp++;
    return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n--; x++, y++)
        if (*x != *y)
            return *x - *y;
    return 0;
}

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
    for (; n; n--, a++, b++)
        if (*a != *b || !*a)
            return (unsigned char)*a - (unsigned char)*b;
    return 0;
}
