/**
 * domctl and sysctl (public/domctl.h, sysctl.h): hvsim serves their work over the control
 * channel, not as hypercalls, but answers the hypercalls with Xen's checks in Xen's order, for
 * which a guest's struct needs only its size and interface_version.
 */
export const XEN_DOMCTL_INTERFACE_VERSION = 0x15;
export const XEN_SYSCTL_INTERFACE_VERSION = 0x15;
