/* hvsim guest ABI 1.0: domctl/sysctl interface versions (Xen's public/domctl.h, sysctl.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_DOMCTL_H__
#define __HVSIM_DOMCTL_H__

#define XEN_DOMCTL_INTERFACE_VERSION 21
#define XEN_SYSCTL_INTERFACE_VERSION 21

#endif /* __HVSIM_DOMCTL_H__ */
