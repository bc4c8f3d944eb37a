/* multicall: a batch's results land in its entries; errors per entry and per call. */
#include <sdk/test.h>

const char test_title[] = "multicall";

static struct multicall_entry calls[4];

static void entry(struct multicall_entry *e, unsigned op, unsigned long a0, unsigned long a1)
{
    memset(e, 0, sizeof *e);
    e->op = op;
    e->args[0] = a0;
    e->args[1] = a1;
    e->result = 0x5a5a5a5a;
}

void test_main(void)
{
    static const char msg[] = "multicall: written from inside a batch\n";
    entry(&calls[0], __HYPERVISOR_xen_version, XENVER_version, 0);
    entry(&calls[1], __HYPERVISOR_xen_version, XENVER_pagesize, 0);
    entry(&calls[2], __HYPERVISOR_console_io, CONSOLEIO_write, sizeof msg - 1);
    calls[2].args[2] = (uintptr_t)msg;
    entry(&calls[3], 63, 0, 0);
    expect_rc(HYPERVISOR_multicall(calls, 4), 0);
    expect_rc(calls[0].result, HVSIM_XEN_VERSION);
    expect_rc(calls[1].result, HVSIM_PAGE_SIZE);
    expect_true((long)calls[2].result >= 0);
    expect_rc((long)calls[3].result, -XEN_ENOSYS);

    /* A multicall inside a multicall is refused. */
    entry(&calls[0], __HYPERVISOR_multicall, (uintptr_t)&calls[1], 1);
    entry(&calls[1], __HYPERVISOR_xen_version, XENVER_version, 0);
    expect_rc(HYPERVISOR_multicall(calls, 1), 0);
    expect_rc((long)calls[0].result, -XEN_EINVAL);

    expect_rc(HYPERVISOR_multicall(calls, 0), 0);
    expect_rc(HYPERVISOR_multicall(TEST_BAD_GPA, 1), -XEN_EFAULT);
}
