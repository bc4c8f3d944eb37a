#include <sdk/test.h>
#include <stdarg.h>

enum verdict { SUCCESS, SKIP, ERROR, FAILURE };
static const char *const verdict_names[] = { "SUCCESS", "SKIP", "ERROR", "FAILURE" };

static enum verdict verdict = SUCCESS;
unsigned test_checks;

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

static void report(enum verdict v, const char *kind, const char *fmt, va_list ap)
{
    char msg[200];
    vsnprintf(msg, sizeof msg, fmt, ap);
    printf("%s: %s\n", kind, msg);
    if (v > verdict || (verdict == SKIP && v != SUCCESS))
        verdict = v;
}

void test_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(FAILURE, "FAIL", fmt, ap);
    va_end(ap);
}

void test_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(ERROR, "ERROR", fmt, ap);
    va_end(ap);
}

void test_skip(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(SKIP, "SKIP", fmt, ap);
    va_end(ap);
}

static int finished;

void test_finish(void)
{
    if (finished)
        return;
    finished = 1;
    printf("%u checks\n", test_checks);
    printf("Test result: %s\n", verdict_names[verdict]);
}

/* The SDK's main for test kernels: run the body, print the one result line. */
int main(void)
{
    printf("--- %s ---\n", test_title);
    test_main();
    test_finish();
    return 0;
}
