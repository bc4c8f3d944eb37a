/* The guest SDK: what a kernel built on it gets.
   A kernel defines `int main(void)`; returning from it powers the domain off
   with SHUTDOWN_poweroff (or SHUTDOWN_crash for a non-zero return). */
#ifndef SDK_GUEST_H
#define SDK_GUEST_H

#include <stdint.h>
#include <stddef.h>
#include <hvsim/xen.h>
#include <hvsim/errno.h>
#include <hvsim/sched.h>
#include <hvsim/vcpu.h>
#include <hvsim/memory.h>
#include <hvsim/hvm_op.h>
#include <hvsim/domctl.h>
#include <hvsim/event_channel.h>
#include <hvsim/grant_table.h>
#include <hvsim/version.h>
#include <hvsim/console.h>
#include <hvsim/abi_version.h>
#include <hvsim/start_info.h>
#include <sdk/hypercall.h>
#include <sdk/sbi.h>

/* start_info as the domain builder wrote it, and the shared_info it names. */
extern struct start_info *start_info;
extern struct shared_info *shared_info;

int main(void);

/* Called on vCPUs started with VCPUOP_up; the kernel may define it. */
void secondary_main(unsigned vcpu_id);

/* Console output: console_write() is console_io; printf() and puts_nl() go to the
   PV console ring once dom0 serves it (sdk/console_ring.h), else to console_io. */
void console_write(const char *s, size_t n);
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void puts_nl(const char *s);

/* Power-off/reboot/crash through SCHEDOP_shutdown; never returns. */
void sdk_shutdown(unsigned reason) __attribute__((noreturn));

/* A call the kernel cannot go on without: its result when that is not negative (-errno),
   else "PROGRAM: WHAT failed: RC" on the console and the domain crashes (SHUTDOWN_crash).
   A kernel that uses it defines SDK_PROGRAM, its name, before it includes the SDK. */
#ifdef SDK_PROGRAM
static inline long must(long rc, const char *what)
{
    if (rc < 0) {
        printf(SDK_PROGRAM ": %s failed: %ld\n", what, rc);
        sdk_shutdown(SHUTDOWN_crash);
    }
    return rc;
}
#endif

/* The running vCPU's id (a0 at entry). */
unsigned sdk_vcpu_id(void);

/* Freestanding helpers. */
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);

#endif
