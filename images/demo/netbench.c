/* netbench: frames between two domains on one bridge, for `npm run bench -- net`.

   "role=recv": sends one broadcast hello (so the bridge learns its MAC and the
   sender finds it), then counts the frames it receives until none has come for
   IDLE_NS (up to twice that after the last), and prints "netbench: received N frames, B bytes".
   "role=send count=N size=S": waits for the hello, prints "netbench: send start",
   sends N frames of S bytes (14..1514) to the receiver's MAC as fast as netfront
   takes them, prints "netbench: send done" and powers off. */
#define SDK_PROGRAM "netbench" /* names must()'s messages */
#include <sdk/cmdline.h>
#include <sdk/guest.h>
#include <sdk/netfront.h>
#include <sdk/timer.h>

#define IDLE_NS 20000000ull
#define ETH_P_BENCH 0x88b5 /* IEEE's local experimental EtherType */

static struct netfront nf;
static uint8_t frame[NETFRONT_MTU_FRAME];

/* A decimal option of the command line, or `dflt`. */
static unsigned long number(const char *key, unsigned long dflt)
{
    char text[16];
    if (!cmdline_opt(key, text, sizeof text))
        return dflt;
    unsigned long v = 0;
    for (const char *p = text; *p >= '0' && *p <= '9'; p++)
        v = v * 10 + (unsigned long)(*p - '0');
    return v;
}

static void receiver(void)
{
    memset(frame, 0xff, 6);
    memcpy(frame + 6, nf.mac, 6);
    frame[12] = ETH_P_BENCH >> 8;
    frame[13] = ETH_P_BENCH & 0xff;
    memset(frame + 14, 0, 46);
    must(netfront_send(&nf, frame, 60), "hello");
    unsigned long frames = 0, bytes = 0, frames_by_deadline = 0;
    uint64_t deadline = 0; /* none until the first frame */
    for (;;) {
        long n = netfront_recv(&nf, frame, sizeof frame, deadline);
        must(n, "receive");
        if (n == 0) {
            /* The deadline is moved only when it passes, not per frame (reading the
               clock would cost more than the frame): stop once a whole IDLE_NS went
               by without a frame. */
            if (frames == frames_by_deadline)
                break;
            frames_by_deadline = frames;
            deadline = now_ns() + IDLE_NS;
            continue;
        }
        if (frames++ == 0)
            deadline = now_ns() + IDLE_NS;
        bytes += (unsigned long)n;
    }
    printf("netbench: received %lu frames, %lu bytes\n", frames, bytes);
}

static void sender(unsigned long count, unsigned long size)
{
    uint8_t peer[6];
    for (;;) {
        long n = netfront_recv(&nf, frame, sizeof frame, 0);
        must(n, "waiting for the hello");
        if (n >= 14 && frame[12] == ETH_P_BENCH >> 8 && frame[13] == (ETH_P_BENCH & 0xff)) {
            memcpy(peer, frame + 6, 6);
            break;
        }
    }
    memcpy(frame, peer, 6);
    memcpy(frame + 6, nf.mac, 6);
    frame[12] = ETH_P_BENCH >> 8;
    frame[13] = ETH_P_BENCH & 0xff;
    for (unsigned long i = 14; i < size; i++)
        frame[i] = (uint8_t)i;
    printf("netbench: send start\n");
    for (unsigned long i = 0; i < count; i++)
        must(netfront_send(&nf, frame, (unsigned)size), "send");
    printf("netbench: send done\n");
}

int main(void)
{
    char role[8] = "";
    cmdline_opt("role", role, sizeof role);
    unsigned long count = number("count", 10000), size = number("size", 64);
    if (size < 14 || size > 1514) {
        printf("netbench: size=%lu: 14..1514\n", size);
        sdk_shutdown(SHUTDOWN_crash);
    }
    timer_init();
    must(netfront_open(&nf, 0), "vif 0");
    if (strcmp(role, "send") == 0)
        sender(count, size);
    else
        receiver();
    netfront_close(&nf);
    return 0;
}
