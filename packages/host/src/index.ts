/**
 * @hvsim/host — a host: the hypervisor core and dom0 joined by the boot loader, run in this
 * process as the embedding API (`Host`, driven in virtual time) or as a daemon behind
 * sockets. What a client of a host needs alone is `@hvsim/host/client`.
 */
export { Host, type CreateOptions, type CreatedDomain, type DomainCounters, type DomainRef, type HostEvent } from './api';
export type { DomainJson, HostOptions, MigrationReport } from './api';
export * from './boot';
