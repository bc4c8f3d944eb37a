/* ping: two domains on one bridge exchange ARP and ICMP echo over their vifs,
   in real Ethernet II / ARP (RFC 826) / IPv4 (RFC 791) / ICMP (RFC 792)
   formats with correct Internet checksums (RFC 1071), so a capture of the
   bridge reads as any network's would.

   Both sides run this kernel; the command line picks the side:
     "ip=10.0.0.1 ping=10.0.0.2 count=4 interval_ms=200"  resolves the peer's
        MAC with ARP, sends `count` echo requests, prints each reply as ping
        does and the statistics, then powers off; count=0 pings for ever,
        counting a reply that comes within WINDOW requests (a duplicate is
        marked "(DUP!)", as ping marks it), and prints every REPORT_EVERY
        requests how many were transmitted, received and lost (and frames
        with bad checksums, if any);
     "ip=10.0.0.2 serve=4"  answers ARP for its address and echo requests,
        and powers off after `serve` of them (serve=0: for ever).
   Either side answers ARP requests for its own address. Frames that are not
   for it, or whose checksums are wrong, are counted and ignored. When its vif
   connects again (after a restore or a migration) either side sends a
   gratuitous ARP, as Linux does, so the bridges learn where it is now. */
#include <sdk/cmdline.h>
#include <sdk/guest.h>
#include <sdk/netfront.h>
#include <sdk/timer.h>

#define ETH_HLEN 14
#define ETH_ZLEN 60 /* the shortest frame without FCS: shorter ones are padded */
#define ETH_P_ARP 0x0806
#define ETH_P_IP 0x0800
#define ARP_REQUEST 1
#define ARP_REPLY 2
#define IP_HLEN 20
#define IPPROTO_ICMP 1
#define ICMP_ECHOREPLY 0
#define ICMP_ECHO 8
#define ICMP_HLEN 8
#define PING_DATA 56 /* ping's default payload: 64-byte ICMP messages */
#define TTL 64
#define ARP_RETRY_NS 100000000ull
#define ARP_TRIES 50
#define REPLY_WAIT_NS 1000000000ull
#define PING_ID 0x4856
#define REPORT_EVERY 25
#define WINDOW 256 /* for ever: requests a late reply may still answer */

static struct netfront nf;
static uint32_t my_ip;
static unsigned long bad_frames;
static uint8_t frame[NETFRONT_MTU_FRAME];
static uint8_t out[NETFRONT_MTU_FRAME];
static uint8_t answered[WINDOW]; /* by sequence number modulo WINDOW */
static uint8_t announcement[ETH_ZLEN]; /* sent from inside netfront calls sending `out` */

/* ---- the command line ---- */

static int parse_num(const char **s, unsigned long max, unsigned long *out_value)
{
    unsigned long v = 0;
    const char *p = *s;
    if (*p < '0' || *p > '9')
        return 0;
    for (; *p >= '0' && *p <= '9'; p++) {
        v = v * 10 + (unsigned long)(*p - '0');
        if (v > max)
            return 0;
    }
    *s = p;
    *out_value = v;
    return 1;
}

/* "a.b.c.d" → host-order address; 0 if it is not one. */
static int parse_ip(const char *s, uint32_t *ip)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned long octet;
        if (!parse_num(&s, 255, &octet) || (i < 3 && *s++ != '.'))
            return 0;
        v = (v << 8) | (uint32_t)octet;
    }
    *ip = v;
    return *s == '\0';
}

static unsigned long option_num(const char *key, unsigned long dflt, unsigned long max)
{
    char buf[16];
    unsigned long v;
    const char *p = buf;
    if (!cmdline_opt(key, buf, sizeof buf))
        return dflt;
    if (!parse_num(&p, max, &v) || *p) {
        printf("ping: bad %s=%s\n", key, buf);
        sdk_shutdown(SHUTDOWN_crash);
    }
    return v;
}

static void print_ip(const char *prefix, uint32_t ip, const char *suffix)
{
    printf("%s%u.%u.%u.%u%s", prefix, (unsigned)(ip >> 24), (unsigned)(ip >> 16) & 255, (unsigned)(ip >> 8) & 255, (unsigned)ip & 255, suffix);
}

/* ---- wire formats (network byte order) ---- */

static void put16(uint8_t *p, unsigned v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p + 2, v & 0xffff);
}

static unsigned get16(const uint8_t *p)
{
    return (unsigned)p[0] << 8 | p[1];
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)get16(p) << 16 | get16(p + 2);
}

/* The Internet checksum (RFC 1071): the one's complement of the one's
   complement sum of 16-bit words. Over data holding a correct checksum it is 0. */
static unsigned checksum(const uint8_t *p, unsigned len)
{
    uint32_t sum = 0;
    for (unsigned i = 0; i + 1 < len; i += 2)
        sum += get16(p + i);
    if (len & 1)
        sum += (uint32_t)p[len - 1] << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return ~sum & 0xffff;
}

static void eth_header(uint8_t *f, const uint8_t dst[6], unsigned type)
{
    memcpy(f, dst, 6);
    memcpy(f + 6, nf.mac, 6);
    put16(f + 12, type);
}

static void send_frame(uint8_t *f, unsigned len)
{
    if (len < ETH_ZLEN) {
        memset(f + len, 0, ETH_ZLEN - len);
        len = ETH_ZLEN;
    }
    long rc = netfront_send(&nf, f, len);
    if (rc < 0) {
        printf("ping: send failed (%ld)\n", rc);
        sdk_shutdown(SHUTDOWN_crash);
    }
}

static void send_arp(uint8_t *f, unsigned oper, const uint8_t dst_mac[6], const uint8_t target_mac[6], uint32_t target_ip)
{
    static const uint8_t broadcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
    uint8_t *a = f + ETH_HLEN;
    eth_header(f, dst_mac ? dst_mac : broadcast, ETH_P_ARP);
    put16(a, 1);           /* htype: Ethernet */
    put16(a + 2, ETH_P_IP); /* ptype */
    a[4] = 6;
    a[5] = 4;
    put16(a + 6, oper);
    memcpy(a + 8, nf.mac, 6);
    put32(a + 14, my_ip);
    memcpy(a + 18, target_mac, 6);
    put32(a + 24, target_ip);
    send_frame(f, ETH_HLEN + 28);
}

/* netfront's notify_peers: a gratuitous ARP (a request for our own address,
   broadcast), which every bridge on the way learns our MAC's port from. */
static void announce(struct netfront *n)
{
    static const uint8_t unknown[6];
    send_arp(announcement, ARP_REQUEST, 0, unknown, my_ip);
    printf("ping: vif reconnected (%lu); gratuitous ARP sent\n", n->stats.reconnects);
}

/* An IPv4 datagram carrying an ICMP message of `icmp_len` bytes already at
   out[ETH_HLEN + IP_HLEN...]: headers and both checksums filled in. */
static void send_icmp(const uint8_t dst_mac[6], uint32_t dst_ip, unsigned icmp_len, unsigned ip_id)
{
    static const uint8_t zero[6];
    uint8_t *ip = out + ETH_HLEN;
    uint8_t *icmp = ip + IP_HLEN;
    eth_header(out, dst_mac ? dst_mac : zero, ETH_P_IP);
    ip[0] = 0x45; /* version 4, 5 words of header */
    ip[1] = 0;
    put16(ip + 2, IP_HLEN + icmp_len);
    put16(ip + 4, ip_id);
    put16(ip + 6, 0x4000); /* don't fragment */
    ip[8] = TTL;
    ip[9] = IPPROTO_ICMP;
    put16(ip + 10, 0);
    put32(ip + 12, my_ip);
    put32(ip + 16, dst_ip);
    put16(ip + 10, checksum(ip, IP_HLEN));
    put16(icmp + 2, 0);
    put16(icmp + 2, checksum(icmp, icmp_len));
    send_frame(out, ETH_HLEN + IP_HLEN + icmp_len);
}

/* ---- receiving ---- */

/* What a received frame was, for the side waiting on it. */
struct seen {
    int arp_reply;      /* an ARP reply: the sender's MAC and address */
    uint8_t mac[6];
    uint32_t ip;
    int echo_reply;     /* an echo reply: its id, sequence, TTL, data and the send time in it */
    unsigned id, seq, ttl, data_len;
    uint64_t stamp;
    int echo_request;   /* an echo request we answered */
};

/* Answers ARP requests for our address and echo requests to it; tells the
   caller about ARP replies and echo replies. */
static void handle(const uint8_t *f, unsigned len, struct seen *seen)
{
    memset(seen, 0, sizeof *seen);
    if (len < ETH_HLEN)
        return;
    unsigned type = get16(f + 12);
    const uint8_t *p = f + ETH_HLEN;
    unsigned plen = len - ETH_HLEN;
    if (type == ETH_P_ARP && plen >= 28 && get16(p) == 1 && get16(p + 2) == ETH_P_IP && p[4] == 6 && p[5] == 4) {
        unsigned oper = get16(p + 6);
        uint32_t sender_ip = get32(p + 14), target_ip = get32(p + 24);
        if (oper == ARP_REQUEST && target_ip == my_ip)
            send_arp(out, ARP_REPLY, p + 8, p + 8, sender_ip);
        else if (oper == ARP_REPLY && target_ip == my_ip) {
            seen->arp_reply = 1;
            memcpy(seen->mac, p + 8, 6);
            seen->ip = sender_ip;
        }
        return;
    }
    if (type != ETH_P_IP || plen < IP_HLEN + ICMP_HLEN || p[0] != 0x45 || p[9] != IPPROTO_ICMP || get32(p + 16) != my_ip)
        return;
    unsigned total = get16(p + 2);
    if (total < IP_HLEN + ICMP_HLEN || total > plen || checksum(p, IP_HLEN) != 0 || checksum(p + IP_HLEN, total - IP_HLEN) != 0) {
        bad_frames++;
        return;
    }
    const uint8_t *icmp = p + IP_HLEN;
    unsigned icmp_len = total - IP_HLEN;
    uint32_t src = get32(p + 12);
    if (icmp[0] == ICMP_ECHO && icmp[1] == 0) {
        /* The reply carries the request's id, sequence and data back. */
        memcpy(out + ETH_HLEN + IP_HLEN, icmp, icmp_len);
        out[ETH_HLEN + IP_HLEN] = ICMP_ECHOREPLY;
        send_icmp(f + 6, src, icmp_len, get16(p + 4));
        seen->echo_request = 1;
    } else if (icmp[0] == ICMP_ECHOREPLY && icmp[1] == 0) {
        seen->echo_reply = 1;
        seen->id = get16(icmp + 4);
        seen->seq = get16(icmp + 6);
        seen->ttl = p[8];
        seen->ip = src;
        seen->data_len = icmp_len - ICMP_HLEN;
        for (unsigned i = 0; i < 8 && ICMP_HLEN + i < icmp_len; i++)
            seen->stamp |= (uint64_t)icmp[ICMP_HLEN + i] << (8 * i);
    }
}

/* Receives and handles frames until one is seen or `deadline` passes; 0 then. */
static int next(struct seen *seen, uint64_t deadline)
{
    long n = netfront_recv(&nf, frame, sizeof frame, deadline);
    if (n < 0) {
        printf("ping: receive failed (%ld)\n", n);
        sdk_shutdown(SHUTDOWN_crash);
    }
    if (n == 0)
        return 0;
    handle(frame, (unsigned)n, seen);
    return 1;
}

/* ---- the two sides ---- */

static int resolve(uint32_t ip, uint8_t mac[6])
{
    static const uint8_t unknown[6];
    for (int tries = 0; tries < ARP_TRIES; tries++) {
        send_arp(out, ARP_REQUEST, 0, unknown, ip);
        uint64_t deadline = now_ns() + ARP_RETRY_NS;
        struct seen seen;
        while (next(&seen, deadline)) {
            if (seen.arp_reply && seen.ip == ip) {
                memcpy(mac, seen.mac, 6);
                return 1;
            }
        }
    }
    return 0;
}

/* Integer square root (for mdev). */
static uint64_t isqrt(uint64_t v)
{
    uint64_t r = 0, bit = 1ull << 62;
    while (bit > v)
        bit >>= 2;
    while (bit) {
        if (v >= r + bit) {
            v -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return r;
}

static void print_ms(uint64_t us)
{
    printf("%lu.%03lu", (unsigned long)(us / 1000), (unsigned long)(us % 1000));
}

static void pinger(uint32_t target, unsigned long count, unsigned long interval_ms)
{
    uint8_t mac[6];
    print_ip("PING ", target, "");
    print_ip(" (", target, ")");
    printf(" %u(%u) bytes of data.\n", PING_DATA, PING_DATA + ICMP_HLEN + IP_HLEN);
    if (!resolve(target, mac)) {
        print_ip("From ", my_ip, " icmp_seq=1 Destination Host Unreachable\n");
        sdk_shutdown(SHUTDOWN_poweroff);
    }
    uint64_t start = now_ns(), sum_us = 0, sum2 = 0, min_us = ~0ull, max_us = 0;
    unsigned long received = 0;
    /* For ever, a reply is waited for at most until the next request is due. */
    uint64_t reply_wait = count == 0 && interval_ms * 1000000ull < REPLY_WAIT_NS ? interval_ms * 1000000ull : REPLY_WAIT_NS;
    for (unsigned long seq = 1; count == 0 || seq <= count; seq++) {
        uint64_t sent_at = now_ns();
        uint8_t *icmp = out + ETH_HLEN + IP_HLEN;
        icmp[0] = ICMP_ECHO;
        icmp[1] = 0;
        put16(icmp + 4, PING_ID);
        put16(icmp + 6, (unsigned)seq);
        for (unsigned i = 0; i < PING_DATA; i++)
            icmp[ICMP_HLEN + i] = (uint8_t)(i < 8 ? sent_at >> (8 * i) : i);
        send_icmp(mac, target, ICMP_HLEN + PING_DATA, (unsigned)seq);
        uint64_t deadline = sent_at + reply_wait;
        struct seen seen;
        answered[seq % WINDOW] = 0;
        while (next(&seen, deadline)) {
            if (!seen.echo_reply || seen.id != PING_ID || seen.ip != target)
                continue;
            /* How many requests ago the answered one went. For ever, a late reply
               still counts, as ping counts it, and a duplicate does not: ping
               prints it marked (DUP!). */
            unsigned long ago = (seq - seen.seq) & 0xffff;
            if (count != 0 ? ago != 0 : ago >= WINDOW || ago >= seq)
                continue;
            if (answered[(seq - ago) % WINDOW]) {
                printf("%u bytes from ", seen.data_len + ICMP_HLEN);
                print_ip("", target, "");
                printf(": icmp_seq=%lu ttl=%u (DUP!)\n", seq - ago, seen.ttl);
                continue;
            }
            answered[(seq - ago) % WINDOW] = 1;
            uint64_t us = (now_ns() - seen.stamp) / 1000;
            received++;
            sum_us += us;
            sum2 += us * us;
            min_us = us < min_us ? us : min_us;
            max_us = us > max_us ? us : max_us;
            printf("%u bytes from ", seen.data_len + ICMP_HLEN);
            print_ip("", target, "");
            printf(": icmp_seq=%lu ttl=%u time=", seq - ago, seen.ttl);
            print_ms(us);
            printf(" ms\n");
            if (count != 0)
                break;
        }
        if (count == 0 && seq % REPORT_EVERY == 0) {
            printf("ping: %lu transmitted, %lu received, %lu lost\n", seq, received, seq - received);
            if (bad_frames > 0)
                printf("ping: %lu frames with bad checksums ignored\n", bad_frames);
        }
        if (count == 0 || seq < count) {
            uint64_t next_at = sent_at + interval_ms * 1000000ull;
            struct seen ignored;
            while (now_ns() < next_at && next(&ignored, next_at))
                ;
        }
    }
    uint64_t elapsed_ms = (now_ns() - start) / 1000000;
    print_ip("\n--- ", target, " ping statistics ---\n");
    printf("%lu packets transmitted, %lu received, %lu%% packet loss, time %lums\n", count, received,
           (count - received) * 100 / count, (unsigned long)elapsed_ms);
    if (received > 0) {
        uint64_t avg = sum_us / received;
        uint64_t mdev = isqrt(sum2 / received - avg * avg);
        printf("rtt min/avg/max/mdev = ");
        print_ms(min_us);
        printf("/");
        print_ms(avg);
        printf("/");
        print_ms(max_us);
        printf("/");
        print_ms(mdev);
        printf(" ms\n");
    }
    if (bad_frames > 0)
        printf("ping: %lu frames with bad checksums ignored\n", bad_frames);
}

static void responder(unsigned long serve)
{
    print_ip("answering ARP and ICMP echo for ", my_ip, "\n");
    unsigned long answered = 0;
    while (serve == 0 || answered < serve) {
        struct seen seen;
        if (next(&seen, 0) && seen.echo_request)
            answered++;
    }
    printf("answered %lu echo requests\n", answered);
}

int main(void)
{
    char value[32];
    uint32_t target = 0;
    if (!cmdline_opt("ip", value, sizeof value) || !parse_ip(value, &my_ip)) {
        printf("ping: give ip=a.b.c.d on the command line\n");
        sdk_shutdown(SHUTDOWN_crash);
    }
    int pinging = cmdline_opt("ping", value, sizeof value);
    if (pinging && !parse_ip(value, &target)) {
        printf("ping: bad ping=%s\n", value);
        sdk_shutdown(SHUTDOWN_crash);
    }
    unsigned long count = option_num("count", 4, 100000);
    unsigned long interval_ms = option_num("interval_ms", 1000, 60000);
    unsigned long serve = option_num("serve", 4, 100000);
    timer_init();
    long rc = netfront_open(&nf, 0);
    if (rc < 0) {
        printf("ping: vif 0: %ld\n", rc);
        sdk_shutdown(SHUTDOWN_crash);
    }
    nf.notify_peers = announce;
    if (pinging)
        pinger(target, count, interval_ms);
    else
        responder(serve);
    netfront_close(&nf);
    sdk_shutdown(SHUTDOWN_poweroff);
}
