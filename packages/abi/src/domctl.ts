/**
 * domctl and sysctl (public/domctl.h, sysctl.h): hvsim serves their work over the control
 * channel, not as hypercalls, but answers the hypercalls with Xen's checks in Xen's order, for
 * which a guest's struct needs only its size and interface_version.
 */
export const XEN_DOMCTL_INTERFACE_VERSION = 0x15;
export const XEN_SYSCTL_INTERFACE_VERSION = 0x15;

/** XEN_DOMCTL_shadow_op and its log-dirty sub-ops (served as DomctlService ShadowOp). */
export const XEN_DOMCTL_shadow_op = 10;
export const XEN_DOMCTL_SHADOW_OP_OFF = 0;
export const XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY = 2;
/** Return the dirty bitmap and reset it (and the stats). */
export const XEN_DOMCTL_SHADOW_OP_CLEAN = 11;
/** Return the dirty bitmap, leaving it as it is. */
export const XEN_DOMCTL_SHADOW_OP_PEEK = 12;
