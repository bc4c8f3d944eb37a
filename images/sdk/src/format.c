/* A small vsnprintf: %d %i %u %x %X %o %c %s %p %%, the l and ll length
   modifiers, '-' and '0' flags and a field width. */
#include <sdk/guest.h>
#include <stdarg.h>

struct out {
    char *buf;
    size_t size;
    size_t len;
};

static void put(struct out *o, char c)
{
    if (o->len + 1 < o->size)
        o->buf[o->len] = c;
    o->len++;
}

static void put_padded(struct out *o, const char *s, size_t n, int width, int left, char pad)
{
    int fill = width > (int)n ? width - (int)n : 0;
    if (!left)
        while (fill-- > 0)
            put(o, pad);
    while (n--)
        put(o, *s++);
    if (left)
        while (fill-- > 0)
            put(o, ' ');
}

static size_t utoa(unsigned long long v, unsigned base, int upper, char *tmp)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    size_t n = 0;
    /* 64-bit division is a libgcc call of a hundred-odd instructions per digit on RV32;
       the digits of the part that fits in 32 bits come from the hart's own divu. */
    while (v >> 32) {
        tmp[n++] = digits[v % base];
        v /= base;
    }
    uint32_t w = (uint32_t)v;
    do {
        tmp[n++] = digits[w % base];
        w /= base;
    } while (w);
    for (size_t i = 0; i < n / 2; i++) {
        char t = tmp[i];
        tmp[i] = tmp[n - 1 - i];
        tmp[n - 1 - i] = t;
    }
    return n;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct out o = { buf, size, 0 };
    char tmp[24];
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put(&o, *fmt);
            continue;
        }
        fmt++;
        int left = 0, width = 0, lng = 0;
        char pad = ' ';
        for (;; fmt++) {
            if (*fmt == '-') left = 1;
            else if (*fmt == '0') pad = '0';
            else break;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l') {
            lng++;
            fmt++;
        }
        unsigned long long u;
        size_t n;
        switch (*fmt) {
        case 'd':
        case 'i': {
            long long v = lng >= 2 ? va_arg(ap, long long) : lng ? va_arg(ap, long) : va_arg(ap, int);
            int neg = v < 0;
            u = neg ? 0ULL - (unsigned long long)v : (unsigned long long)v;
            tmp[0] = '-';
            n = utoa(u, 10, 0, tmp + neg) + (size_t)neg;
            put_padded(&o, tmp, n, width, left, pad);
            break;
        }
        case 'u': case 'x': case 'X': case 'o':
            u = lng >= 2 ? va_arg(ap, unsigned long long) : lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            n = utoa(u, *fmt == 'u' ? 10 : *fmt == 'o' ? 8 : 16, *fmt == 'X', tmp);
            put_padded(&o, tmp, n, width, left, pad);
            break;
        case 'p':
            u = (uintptr_t)va_arg(ap, void *);
            tmp[0] = '0';
            tmp[1] = 'x';
            n = utoa(u, 16, 0, tmp + 2) + 2;
            put_padded(&o, tmp, n, width, left, ' ');
            break;
        case 'c':
            tmp[0] = (char)va_arg(ap, int);
            put_padded(&o, tmp, 1, width, left, ' ');
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            put_padded(&o, s, strlen(s), width, left, ' ');
            break;
        }
        case '%':
            put(&o, '%');
            break;
        default:
            put(&o, '%');
            if (*fmt)
                put(&o, *fmt);
            else
                fmt--;
        }
    }
    if (size)
        buf[o.len < size ? o.len : size - 1] = '\0';
    return (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}
