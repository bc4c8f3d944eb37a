/**
 * Limits xenstored places on unprivileged domains (privileged connections are exempt).
 * Defaults are xenstored's (Xen 4.17); `pendingEventsPerConnection` is hvsim's bound on watch
 * events queued for a connection that does not drain them (further events are dropped).
 */
export interface XenstoreQuotas {
  /** Nodes a domain may own. Exceeding it → ENOSPC. */
  nodesPerDomain: number;
  /** Bytes of one node (value + child names). Exceeding it → ENOSPC. */
  entrySize: number;
  /** Watches per connection. Exceeding it → E2BIG. */
  watchesPerConnection: number;
  /** Open transactions per connection. Exceeding it → ENOSPC. */
  transactionsPerConnection: number;
  /** Nodes one transaction may touch. Exceeding it → ENOSPC. */
  nodesPerTransaction: number;
  /** Entries in a permission list. Exceeding it → ENOSPC. */
  permsPerNode: number;
  /** Undelivered watch events per connection before further ones are dropped. */
  pendingEventsPerConnection: number;
}

export const DEFAULT_QUOTAS: Readonly<XenstoreQuotas> = {
  nodesPerDomain: 1000,
  entrySize: 2048,
  watchesPerConnection: 128,
  transactionsPerConnection: 10,
  nodesPerTransaction: 1024,
  permsPerNode: 5,
  pendingEventsPerConnection: 1024,
};
