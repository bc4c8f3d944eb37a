/**
 * @hvsim/dom0 — the privileged domain's services: boot, the toolstack (xl.cfg, domain
 * builder, lifecycle), the console backend, device models and the management service.
 * dom0 reaches the core only through a DomctlService client (@hvsim/control).
 */
export * from './config/config-error';
export * from './config/xl-cfg-syntax';
export * from './config/cpu-affinity';
export * from './config/domain-config';
export * from './config/disk-spec';
export * from './config/vif-spec';
export * from './console/console-backend';
export * from './cost-model';
export * from './device-models/ns16550';
export * from './device-models/device-models';
export * from './device-models/plic';
export * from './domctl';
export * from './platform';
export { ErrnoError } from './errno-error';
export { ToolstackError } from './toolstack/toolstack-error';
export * from './files/host-io';
export * from './toolstack/domain-builder';
export * from './toolstack/domid-allocator';
export * from './toolstack/core-dump';
export * from './toolstack/toolstack';
export * from './toolstack/save-image';
export { FULL_ISA, IsaError, canonicalIsa } from './toolstack/host-compat';
export type { MigrationProgress, MigrationResult } from './toolstack/live-migration';
export * from './toolstack/fdt';
export * from './toolstack/hvm-device-tree';
export { formatDomainConfig } from './config/config-text';
export * from './management/management-service';
export * from './uuid';
export * from './dom0';
export * from './xenstore';
// dom0's domain services (Dom0Options.services): xenstored with the toolstack's entries and
// the guests' rings, and the PV console ring backend.
export { XenstoreService, XENSTORE_DELIVERY_TURN_NS, type XenstoreServiceOptions } from './xenstore/xenstore-service';
export { ConsoleRingService } from './console/console-ring';
export { consoleBackendPath, libxlPath, vmPath } from './toolstack/domain-entries';
export { BlockBackendService, DiskError, type VbdInfo, type BlockServiceOptions } from './devices/block-service';
export { NetworkBackendService, VifError, type VifInfo, type NetworkServiceOptions } from './devices/network-service';
export type { VifStats } from './devices/netback';
export { Datastore, DatastoreError } from './devices/datastore';
export type { LockOwner } from './devices/datastore-locks';
export type { VbdStats } from './devices/blkback';
export * from './network/bridge-port';
export { Bridges, parseBridgeSpec, DEFAULT_BRIDGE, DEFAULT_BRIDGES, type BridgeSpec } from './network/bridge-directory';
export { VirtualSwitch, type SwitchOptions, type SwitchStats, type PortInfo, type FrameTap } from './network/virtual-switch';
export { DEFAULT_AGEING_NS, type MacEntry } from './network/mac-table';
export * from './network/ethernet';
export { parseUplinkSpec, parseUdpAddress, formatUdpAddress, type UplinkSpec, type UdpAddress } from './network/uplink-spec';
export { Uplinks } from './network/uplinks';
export { UplinkTeam, LINK_TIMEOUT_NS, PROBE_INTERVAL_NS, type TeamPathInfo } from './network/uplink-team';
export * from './network/vxlan';
