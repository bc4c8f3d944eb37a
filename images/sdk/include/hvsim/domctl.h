/* hvsim guest ABI 1.0: domctl/sysctl interface versions (Xen's public/domctl.h, sysctl.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_DOMCTL_H__
#define __HVSIM_DOMCTL_H__

#define XEN_DOMCTL_SHADOW_OP_OFF 0
#define XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY 2
#define XEN_DOMCTL_shadow_op 10
#define XEN_DOMCTL_SHADOW_OP_CLEAN 11
#define XEN_DOMCTL_SHADOW_OP_PEEK 12
#define XEN_DOMCTL_INTERFACE_VERSION 21
#define XEN_SYSCTL_INTERFACE_VERSION 21

#endif /* __HVSIM_DOMCTL_H__ */
