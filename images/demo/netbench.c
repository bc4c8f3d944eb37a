/* netbench: frames between two domains on one bridge, for `npm run bench -- net`.

   "role=recv": sends one broadcast hello (so the bridge learns its MAC and the
   sender finds it), then counts the frames it receives until none has come for
   IDLE_NS, and prints "netbench: received N frames, B bytes".
   "role=send count=N size=S": waits for the hello, prints "netbench: send start",
   sends N frames of S bytes (14..1514) to the receiver's MAC as fast as netfront
   takes them, prints "netbench: send done" and powers off. */
#include <sdk/guest.h>
#include <sdk/netfront.h>
#include <sdk/timer.h>

#define IDLE_NS 20000000ull
#define ETH_P_BENCH 0x88b5 /* IEEE's local experimental EtherType */

static struct netfront nf;
static uint8_t frame[NETFRONT_MTU_FRAME];

static int option(const char *key, unsigned long *value, char *text, size_t len)
{
    const char *s = (const char *)start_info->cmd_line;
    size_t klen = strlen(key);
    for (;;) {
        while (*s == ' ')
            s++;
        if (!*s)
            return 0;
        const char *end = s;
        while (*end && *end != ' ')
            end++;
        if ((size_t)(end - s) > klen && strncmp(s, key, klen) == 0 && s[klen] == '=') {
            const char *v = s + klen + 1;
            if (text) {
                size_t n = (size_t)(end - v) < len ? (size_t)(end - v) : len - 1;
                memcpy(text, v, n);
                text[n] = '\0';
            }
            if (value) {
                *value = 0;
                for (; v < end && *v >= '0' && *v <= '9'; v++)
                    *value = *value * 10 + (unsigned long)(*v - '0');
            }
            return 1;
        }
        s = end;
    }
}

static void must(long rc, const char *what)
{
    if (rc < 0) {
        printf("netbench: %s: %ld\n", what, rc);
        sdk_shutdown(SHUTDOWN_crash);
    }
}

static void receiver(void)
{
    memset(frame, 0xff, 6);
    memcpy(frame + 6, nf.mac, 6);
    frame[12] = ETH_P_BENCH >> 8;
    frame[13] = ETH_P_BENCH & 0xff;
    memset(frame + 14, 0, 46);
    must(netfront_send(&nf, frame, 60), "hello");
    unsigned long frames = 0, bytes = 0;
    for (;;) {
        long n = netfront_recv(&nf, frame, sizeof frame, frames == 0 ? 0 : now_ns() + IDLE_NS);
        must(n, "receive");
        if (n == 0)
            break;
        frames++;
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
    unsigned long count = 10000, size = 64;
    option("role", 0, role, sizeof role);
    option("count", &count, 0, 0);
    option("size", &size, 0, 0);
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
