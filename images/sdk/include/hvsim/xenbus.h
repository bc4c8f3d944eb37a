/* hvsim guest ABI 1.0: split-device states and ring protocols (Xen's public/io/xenbus.h, protocols.h).
 * Generated from packages/abi by scripts/gen-headers.ts. Do not edit. */

#ifndef __HVSIM_XENBUS_H__
#define __HVSIM_XENBUS_H__

#define XEN_IO_PROTO_ABI_ARM "arm-abi"
#define XEN_IO_PROTO_ABI_X86_32 "x86_32-abi"
#define XEN_IO_PROTO_ABI_X86_64 "x86_64-abi"

#define XenbusStateClosed 6

#define XenbusStateClosing 5

#define XenbusStateConnected 4

#define XenbusStateInitialised 3

#define XenbusStateInitialising 1

#define XenbusStateInitWait 2

#define XenbusStateReconfigured 8

#define XenbusStateReconfiguring 7

#define XenbusStateUnknown 0

#endif /* __HVSIM_XENBUS_H__ */
