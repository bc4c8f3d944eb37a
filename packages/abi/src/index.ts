/**
 * @hvsim/abi — the guest ABI, the one source of truth: hypercall and sub-op numbers, errno,
 * xenstore wire protocol, SBI, struct layouts with their codecs and the ABI version. Pure
 * TypeScript; imports nothing. The C header generator (./cheader) is imported by path by the
 * build script and its test: every runtime user of the ABI (the CLI's client verbs among them)
 * would otherwise pay for building its tables at load.
 */
export * from './abi_version';
export * from './xen';
export * from './errno';
export * from './hvm_params';
export * from './sched';
export * from './event_channel';
export * from './grant_table';
export * from './memory';
export * from './vcpu';
export * from './version';
export * from './xs_wire';
export * from './sbi';
export * from './console';
export * from './domctl';
export * from './start_info';
export * from './ring';
export * from './blkif';
export * from './netif';
export * from './xenbus';
export * from './layout';
export * from './codec';
export * from './byte-history';
