/* xen_version: Xen's version (the ABI hvsim follows), hvsim's own ABI version in
   extraversion and capabilities, features, page size, what a domU is denied, errors. */
#include <sdk/test.h>

const char test_title[] = "version and features";

void test_main(void)
{
    /* Xen 4.17: a guest that checks for Xen >= 4.x proceeds. */
    expect_rc(HYPERVISOR_xen_version(XENVER_version, 0), 0x40011);
    expect_rc(HYPERVISOR_xen_version(XENVER_version, 0), HVSIM_XEN_VERSION);

    xen_extraversion_t extra;
    memset(extra, 0xff, sizeof extra);
    expect_rc(HYPERVISOR_xen_version(XENVER_extraversion, extra), 0);
    expect_true(memcmp(extra, HVSIM_EXTRAVERSION, sizeof HVSIM_EXTRAVERSION) == 0);
    expect_true(strncmp(extra, ".0-hvsim", 8) == 0);

    /* The command line and build id are the control domain's (Xen's default XSM policy):
       a domU gets "<denied>" (only those 9 bytes are written) and -EPERM. */
    static char cmdline[1024];
    memset(cmdline, 'x', sizeof cmdline);
    expect_rc(HYPERVISOR_xen_version(XENVER_commandline, cmdline), 0);
    expect_true(memcmp(cmdline, "<denied>", 9) == 0);
    expect_true(cmdline[9] == 'x');
    static uint8_t build_id[64];
    expect_rc(HYPERVISOR_xen_version(XENVER_build_id, build_id), -XEN_EPERM);

    xen_capabilities_info_t caps;
    expect_rc(HYPERVISOR_xen_version(XENVER_capabilities, caps), 0);
    expect_true(strncmp(caps, HVSIM_CAPABILITIES, sizeof caps) == 0);

    expect_rc(HYPERVISOR_xen_version(XENVER_pagesize, 0), HVSIM_PAGE_SIZE);

    struct xen_feature_info fi = { .submap_idx = 0 };
    expect_rc(HYPERVISOR_xen_version(XENVER_get_features, &fi), 0);
    /* Every hvsim guest is auto-translated: the P2M is the hypervisor's. */
    expect_true(fi.submap & (1u << XENFEAT_auto_translated_physmap));
    /* As Xen/Arm tells a translated guest whose RAM is not the host's. */
    expect_true(fi.submap & (1u << XENFEAT_writable_page_tables));
    expect_true(fi.submap & (1u << XENFEAT_not_direct_mapped));
    expect_true(!(fi.submap & (1u << XENFEAT_direct_mapped)));
    expect_true(!(fi.submap & (1u << XENFEAT_dom0)));

    struct xen_feature_info beyond = { .submap_idx = XENFEAT_NR_SUBMAPS };
    expect_rc(HYPERVISOR_xen_version(XENVER_get_features, &beyond), -XEN_EINVAL);

    expect_rc(HYPERVISOR_xen_version(XENVER_extraversion, TEST_BAD_GPA), -XEN_EFAULT);
    expect_rc(HYPERVISOR_xen_version(XENVER_get_features, TEST_BAD_GPA), -XEN_EFAULT);
    expect_rc(HYPERVISOR_xen_version(0x7ff, 0), -XEN_ENOSYS);
}
