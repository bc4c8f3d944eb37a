/* Console output: console_io(CONSOLEIO_write), line-buffered per vCPU so that
   lines from different vCPUs don't interleave mid-line. */
#include <sdk/guest.h>
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

void puts_nl(const char *s)
{
    console_write(s, strlen(s));
    console_write("\n", 1);
}

int printf(const char *fmt, ...)
{
    char line[LINE_MAX];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    size_t len = n < (int)sizeof line ? (size_t)n : sizeof line - 1;
    console_write(line, len);
    return n;
}
