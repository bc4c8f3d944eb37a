/* Standard SBI calls (Base, TIME, SRST, DBCN, HSM, legacy console). */
#ifndef SDK_SBI_H
#define SDK_SBI_H

#include <stdint.h>
#include <hvsim/sbi.h>

struct sbiret {
    long error;
    long value;
};

static inline struct sbiret sbi_ecall(unsigned long ext, unsigned long fid,
                                      unsigned long a0, unsigned long a1, unsigned long a2)
{
    register unsigned long r_a0 __asm__("a0") = a0;
    register unsigned long r_a1 __asm__("a1") = a1;
    register unsigned long r_a2 __asm__("a2") = a2;
    register unsigned long r_a6 __asm__("a6") = fid;
    register unsigned long r_a7 __asm__("a7") = ext;
    __asm__ __volatile__("ecall" : "+r"(r_a0), "+r"(r_a1) : "r"(r_a2), "r"(r_a6), "r"(r_a7) : "memory");
    struct sbiret ret = { (long)r_a0, (long)r_a1 };
    return ret;
}

/* Legacy extensions return their result in a0 only. */
static inline long sbi_legacy(unsigned long ext, unsigned long a0)
{
    register unsigned long r_a0 __asm__("a0") = a0;
    register unsigned long r_a7 __asm__("a7") = ext;
    __asm__ __volatile__("ecall" : "+r"(r_a0) : "r"(r_a7) : "memory", "a1");
    return (long)r_a0;
}

#endif
