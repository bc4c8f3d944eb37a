/**
 * `@hvsim/host/client`: what a client of a host needs and nothing of the host itself — no
 * core, no dom0. A command of the `hvsim` CLI starts a process per call and loads only this;
 * the embedding API (`@hvsim/host`) uses the same parts, so both see a host alike: finding
 * and dialling a daemon, naming domains as xl does, virtual-time spans, reading an xl.cfg,
 * and the ManagementService replies as xl shows them.
 */
export { METHOD_PREFIX, NoDaemonError, connectDaemon, daemonAddress, type DaemonConnection, type Management } from './daemon-connection';
export { daemonFiles, defaultDatastoreDir, parseTcpAddress, prepareSocketDir, resolveSocketPath } from './socket-path';
export { parseDomainRef, type DomainRef } from './domain-ref';
export { parseDuration } from './duration';
export { readConfigFile } from './config-file';
export { domainJson, domainRow, shutdownReasonName, stateLetters, type DomainJson, type DomainRow } from './views/domain';
export { infoEntries } from './views/info';
export type { MigrationReport } from './views/migration';
export { migrateDomain, migrationDestination, type MigrateRequest } from './migrate';
