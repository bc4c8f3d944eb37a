/** The state each end of a split device publishes in xenstore (public/io/xenbus.h, enum xenbus_state). */
export const XenbusStateUnknown = 0;
export const XenbusStateInitialising = 1;
/** The backend is ready for the frontend's details (ring-ref, event-channel). */
export const XenbusStateInitWait = 2;
/** The frontend has published its details. */
export const XenbusStateInitialised = 3;
export const XenbusStateConnected = 4;
/** The device is being shut down (or broke). */
export const XenbusStateClosing = 5;
export const XenbusStateClosed = 6;
export const XenbusStateReconfiguring = 7;
export const XenbusStateReconfigured = 8;

export const XENBUS_STATE_NAMES: Readonly<Record<number, string>> = {
  0: 'Unknown', 1: 'Initialising', 2: 'InitWait', 3: 'Initialised', 4: 'Connected',
  5: 'Closing', 6: 'Closed', 7: 'Reconfiguring', 8: 'Reconfigured',
};

/** The `protocol` a frontend writes for the ring layout it uses (public/io/protocols.h). */
export const XEN_IO_PROTO_ABI_X86_32 = 'x86_32-abi';
export const XEN_IO_PROTO_ABI_X86_64 = 'x86_64-abi';
/** The 32-bit Arm layout, which hvsim's guests use. */
export const XEN_IO_PROTO_ABI_ARM = 'arm-abi';
