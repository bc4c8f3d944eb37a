/**
 * @hvsim/cli — the `hvsim` command, and the embedding API: a host (the hypervisor core with
 * dom0) booted in this process and driven in virtual time.
 */
export { Host, type CreateOptions, type CreatedDomain, type DomainCounters, type DomainRef, type HostEvent } from './api';
export type { DomainJson, HostOptions } from './api';
