/* xen_version: the ABI version, strings, features, page size, errors. */
#include <sdk/test.h>

const char test_title[] = "version and features";

void test_main(void)
{
    expect_rc(HYPERVISOR_xen_version(XENVER_version, 0), HVSIM_ABI_VERSION);

    xen_extraversion_t extra;
    memset(extra, 0xff, sizeof extra);
    expect_rc(HYPERVISOR_xen_version(XENVER_extraversion, extra), 0);
    expect_true(memcmp(extra, HVSIM_EXTRAVERSION, sizeof HVSIM_EXTRAVERSION) == 0);

    xen_capabilities_info_t caps;
    expect_rc(HYPERVISOR_xen_version(XENVER_capabilities, caps), 0);
    expect_true(strncmp(caps, HVSIM_CAPABILITIES, sizeof caps) == 0);

    expect_rc(HYPERVISOR_xen_version(XENVER_pagesize, 0), HVSIM_PAGE_SIZE);

    struct xen_feature_info fi = { .submap_idx = 0 };
    expect_rc(HYPERVISOR_xen_version(XENVER_get_features, &fi), 0);
    /* Every hvsim guest is auto-translated: the P2M is the hypervisor's. */
    expect_true(fi.submap & (1u << XENFEAT_auto_translated_physmap));
    expect_true(!(fi.submap & (1u << XENFEAT_dom0)));

    struct xen_feature_info beyond = { .submap_idx = XENFEAT_NR_SUBMAPS };
    expect_rc(HYPERVISOR_xen_version(XENVER_get_features, &beyond), -XEN_EINVAL);

    expect_rc(HYPERVISOR_xen_version(XENVER_extraversion, TEST_BAD_GPA), -XEN_EFAULT);
    expect_rc(HYPERVISOR_xen_version(XENVER_get_features, TEST_BAD_GPA), -XEN_EFAULT);
    expect_rc(HYPERVISOR_xen_version(0x7ff, 0), -XEN_ENOSYS);
}
