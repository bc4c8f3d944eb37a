/* Conformance-test helpers in the style of Xen's XTF: a kernel calls check()s,
   then ends with exactly one result line on the console
       Test result: SUCCESS | SKIP | ERROR | FAILURE
   and powers off. `hvsim test-abi` reads that line. */
#ifndef SDK_TEST_H
#define SDK_TEST_H

#include <sdk/guest.h>

/* What the kernel under test is called in its messages. */
extern const char test_title[];
/* The test body; the harness powers off with its verdict afterwards. */
void test_main(void);

/* A failed expectation: prints it and marks the test FAILURE. */
void test_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The test could not run properly (e.g. a setup hypercall failed): ERROR. */
void test_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Nothing to test here (a feature absent): SKIP, unless something failed. */
void test_skip(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints the result line now (for a kernel that powers itself off some other way
   than returning, e.g. through SBI SRST); the harness then prints nothing more. */
void test_finish(void);

/* Expect a hypercall result. */
#define expect_rc(expr, want)                                                     \
    do {                                                                          \
        long _got = (long)(expr);                                                 \
        long _want = (long)(want);                                                \
        test_checks++;                                                            \
        if (_got != _want)                                                        \
            test_fail("%s:%d: %s = %ld, expected %ld", __FILE__, __LINE__, #expr, \
                      _got, _want);                                               \
    } while (0)

#define expect_true(cond)                                                             \
    do {                                                                              \
        test_checks++;                                                                \
        if (!(cond))                                                                  \
            test_fail("%s:%d: expected %s", __FILE__, __LINE__, #cond);              \
    } while (0)

/* How many expectations have been checked (for the summary line). */
extern unsigned test_checks;

/* A guest-physical address no domain's RAM covers, for -EFAULT tests. */
#define TEST_BAD_GPA ((void *)0x00001000u)

#endif
