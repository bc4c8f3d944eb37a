/* dirtier: writes guest memory at a chosen rate, as the workloads of Clark et al., "Live
   Migration of Virtual Machines" (NSDI 2005) did, to measure pre-copy against it.
   cmdline "rate=R wws=W [touch=T]": every 1 ms of guest time it writes one word into each of
   the next R pages of a writable working set of W pages (cycling through them), so R pages per
   ms are dirtied, never more than W distinct ones. With touch=T it first writes T pages of the
   RAM above its image once (a domain with that much memory in use that it no longer writes).
   It keeps a counter in memory and prints it every 10 ms; a migration must never make it go
   back. */
#include <sdk/guest.h>
#include <sdk/evtchn.h>
#include <sdk/timer.h>

#define PAGE 4096u
#define MAX_WWS 1024u /* 4 MiB */
#define TICK_NS 1000000ull
#define RAM_BASE 0x80000000u
/* Left alone at the top of RAM: start_info, the rings and the builder's other pages. */
#define TOP_RESERVED (64u * 1024u)

extern char __image_end[];

static uint8_t working_set[MAX_WWS][PAGE] __attribute__((aligned(PAGE)));
/* In memory, not in a register: what a migration carries over in the pages. */
static volatile uint32_t counter;

/* The value of "key=N" in the command line, or `fallback`. */
static uint32_t arg(const char *key, uint32_t fallback)
{
    const char *line = (const char *)start_info->cmd_line, *s = line;
    size_t n = 0;
    while (key[n])
        n++;
    for (; *s; s++) {
        if ((s == line || s[-1] == ' ') && memcmp(s, key, n) == 0 && s[n] == '=') {
            uint32_t v = 0;
            for (s += n + 1; *s >= '0' && *s <= '9'; s++)
                v = v * 10 + (uint32_t)(*s - '0');
            return v;
        }
    }
    return fallback;
}

/* Writes `pages` pages of the free RAM above the image once (as many as there are). */
static uint32_t touch(uint32_t pages)
{
    uintptr_t first = ((uintptr_t)__image_end + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
    uintptr_t end = RAM_BASE + start_info->nr_pages * PAGE - TOP_RESERVED;
    uint32_t room = first < end ? (uint32_t)((end - first) / PAGE) : 0;
    if (pages > room)
        pages = room;
    for (uint32_t i = 0; i < pages; i++)
        *(volatile uint32_t *)(first + i * PAGE) = i + 1;
    return pages;
}

int main(void)
{
    uint32_t rate = arg("rate", 16), wws = arg("wws", 256);
    if (wws == 0 || wws > MAX_WWS)
        wws = MAX_WWS;
    uint32_t touched = touch(arg("touch", 0));
    printf("dirtier: %u pages per ms over a working set of %u pages; %u more pages touched\n", (unsigned)rate, (unsigned)wws, (unsigned)touched);
    timer_init();
    uint64_t next = now_ns() + TICK_NS;
    uint32_t page = 0;
    for (;;) {
        for (uint32_t i = 0; i < rate; i++) {
            ((volatile uint32_t *)working_set[page])[(counter + i) & (PAGE / 4 - 1)] = counter;
            page = page + 1 == wws ? 0 : page + 1;
        }
        counter++;
        if (counter % 10 == 0)
            printf("dirtier: count %u\n", (unsigned)counter);
        timer_set(next);
        wait_event(now_ns() >= next);
        next += TICK_NS;
    }
}
