/* Console output: console_io(CONSOLEIO_write), or the PV console ring once dom0's
   backend serves it; printf formats a whole line first so that lines from different
   vCPUs don't interleave mid-line. */
#include <sdk/guest.h>
#include <sdk/console_ring.h>
#include <stdarg.h>

#define LINE_MAX 256

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

void console_write(const char *s, size_t n)
{
    while (n > 0) {
        long done = HYPERVISOR_console_io(CONSOLEIO_write, (int)n, s);
        if (done <= 0)
            return;
        s += done;
        n -= (size_t)done;
    }
}

/* Kernel output (printf, puts_nl): the console ring when connected, else console_io. */
static void console_out(const char *s, size_t n)
{
    if (console_ring_connected() && console_ring_write(s, n) >= 0)
        return;
    console_write(s, n);
}

void puts_nl(const char *s)
{
    console_out(s, strlen(s));
    console_out("\n", 1);
}

int printf(const char *fmt, ...)
{
    char line[LINE_MAX];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    size_t len = n < (int)sizeof line ? (size_t)n : sizeof line - 1;
    console_out(line, len);
    return n;
}
