/* console_io: writes of every size, and its errors. From a domU only the
   printable characters (with tabs and newlines) are written, as xen.h says:
   `hvsim test-abi` shows the line below as "console: ctl[ab]\tc". */
#include <sdk/test.h>

const char test_title[] = "console_io";

void test_main(void)
{
    static const char line[] = "console: a line through CONSOLEIO_write\n";
    expect_true(HYPERVISOR_console_io(CONSOLEIO_write, sizeof line - 1, line) >= 0);
    expect_rc(HYPERVISOR_console_io(CONSOLEIO_write, 0, line), 0);
    static const char control[] = "console: ctl\x01[\x1b\x7f\ra\x08" "b]\tc\n";
    expect_rc(HYPERVISOR_console_io(CONSOLEIO_write, sizeof control - 1, control), 0);

    expect_rc(HYPERVISOR_console_io(CONSOLEIO_write, 16, TEST_BAD_GPA), -XEN_EFAULT);
    /* A buffer that runs off the end of RAM. */
    const char *end = (const char *)(HVSIM_GUEST_RAM_BASE + start_info->nr_pages * HVSIM_PAGE_SIZE - 8);
    expect_rc(HYPERVISOR_console_io(CONSOLEIO_write, 16, end), -XEN_EFAULT);
    expect_rc(HYPERVISOR_console_io(CONSOLEIO_write, -1, line), -XEN_EINVAL);
    expect_rc(HYPERVISOR_console_io(0x55, 1, line), -XEN_ENOSYS);
}
