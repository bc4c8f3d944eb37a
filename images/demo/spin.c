/* spin: CPU-bound. Mixes a 32-bit LCG into a checksum forever and reports
   every million rounds, so its share of the CPU shows in its progress. */
#include <sdk/guest.h>

#define REPORT_EVERY 1000000u

int main(void)
{
    uint32_t x = start_info->domid + 1, sum = 0;
    for (unsigned report = 1;; report++) {
        for (unsigned i = 0; i < REPORT_EVERY; i++) {
            x = x * 1664525u + 1013904223u;
            sum ^= x >> 7;
        }
        printf("spin: %u million rounds, checksum %08x\n", report, (unsigned)sum);
    }
}
