/* init: the first (and only) process of hvsim's Linux guest. Static, no libc: raw
   RISC-V Linux system calls (ilp32, the asm-generic numbers).

   It prints a banner, mounts /proc, shows /proc/cpuinfo and /proc/meminfo, then reads
   commands from the console, a line at a time:
     echo WORDS     prints WORDS
     cat FILE       prints a file (e.g. /proc/cpuinfo)
     uptime         prints /proc/uptime
     poweroff       powers the machine off (reboot(2), which Linux ends with SBI SRST) */

#define SYS_mount 40
#define SYS_openat 56
#define SYS_close 57
#define SYS_read 63
#define SYS_write 64
#define SYS_exit 93
#define SYS_reboot 142

#define AT_FDCWD (-100)
#define O_RDONLY 0
#define O_RDWR 2
#define LINUX_REBOOT_MAGIC1 0xfee1dead
#define LINUX_REBOOT_MAGIC2 672274793
#define LINUX_REBOOT_CMD_POWER_OFF 0x4321fedc

static long syscall6(long n, long a, long b, long c, long d, long e)
{
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a3 __asm__("a3") = d;
    register long a4 __asm__("a4") = e;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a7) : "memory");
    return a0;
}

static unsigned long length(const char *s)
{
    unsigned long n = 0;
    while (s[n] != 0)
        n++;
    return n;
}

static void put(const char *s)
{
    syscall6(SYS_write, 1, (long)s, (long)length(s), 0, 0);
}

static int same(const char *a, const char *b)
{
    while (*a != 0 && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int starts(const char *s, const char *prefix)
{
    while (*prefix != 0)
        if (*s++ != *prefix++)
            return 0;
    return 1;
}

/* Prints -errno as a decimal number. */
static void put_errno(long rc)
{
    char digits[12];
    int n = 0;
    unsigned long v = (unsigned long)-rc;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0 && n < 11);
    put(" (errno ");
    while (n > 0) {
        char c[2] = { digits[--n], 0 };
        put(c);
    }
    put(")\n");
}

static void cat(const char *path)
{
    long fd = syscall6(SYS_openat, AT_FDCWD, (long)path, O_RDONLY, 0, 0);
    if (fd < 0) {
        put("cat: cannot open ");
        put(path);
        put_errno(fd);
        return;
    }
    static char buf[512];
    long n;
    while ((n = syscall6(SYS_read, fd, (long)buf, sizeof buf, 0, 0)) > 0)
        syscall6(SYS_write, 1, (long)buf, n, 0, 0);
    if (n < 0) {
        put("cat: cannot read ");
        put(path);
        put_errno(n);
    }
    syscall6(SYS_close, fd, 0, 0, 0, 0);
}

/* Reads a line from the console (without its end), echoing what is typed as a
   terminal in raw mode would not: the console is in canonical mode, so the tty
   echoes and hands over whole lines. Returns its length, or -1 at end of input. */
static long read_line(char *line, unsigned long size)
{
    unsigned long n = 0;
    for (;;) {
        char c;
        long got = syscall6(SYS_read, 0, (long)&c, 1, 0, 0);
        if (got <= 0)
            return n > 0 ? (long)n : -1;
        if (c == '\n' || c == '\r')
            break;
        if (n + 1 < size)
            line[n++] = c;
    }
    line[n] = 0;
    return (long)n;
}

static void run(const char *line)
{
    if (starts(line, "echo ") || same(line, "echo")) {
        put(line[4] != 0 ? line + 5 : "");
        put("\n");
    } else if (starts(line, "cat ")) {
        cat(line + 4);
    } else if (same(line, "uptime")) {
        cat("/proc/uptime");
    } else if (same(line, "poweroff")) {
        put("init: powering off\n");
        syscall6(SYS_reboot, (long)LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF, 0, 0);
    } else if (line[0] != 0) {
        put("init: unknown command: ");
        put(line);
        put(" (echo, cat FILE, uptime, poweroff)\n");
    }
}

void start(void)
{
    /* The kernel opened nothing for us: the console becomes fds 0, 1 and 2. */
    for (int i = 0; i < 3; i++)
        syscall6(SYS_openat, AT_FDCWD, (long)"/dev/console", O_RDWR, 0, 0);
    put("\nhvsim init: Linux is up\n");
    long rc = syscall6(SYS_mount, (long)"proc", (long)"/proc", (long)"proc", 0, 0);
    if (rc < 0) {
        put("init: cannot mount /proc");
        put_errno(rc);
    }
    cat("/proc/cpuinfo");
    cat("/proc/meminfo");
    static char line[256];
    for (;;) {
        put("# ");
        if (read_line(line, sizeof line) < 0)
            break;
        run(line);
    }
    put("init: end of console input\n");
    for (;;)
        syscall6(SYS_exit, 0, 0, 0, 0, 0);
}

/* The entry: gp first, as a C runtime would (the linker relaxes accesses to nearby data to
   gp-relative ones), then start(). The kernel has set sp. */
__asm__(".section .text._start\n.globl _start\n_start:\n"
        ".option push\n.option norelax\n  la gp, __global_pointer$\n.option pop\n"
        "  call start\n");
