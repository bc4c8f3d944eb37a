/**
 * Limits xenstored places on unprivileged domains (privileged connections are exempt), and the
 * two bounds on what any connection — privileged ones too — may have queued.
 * Defaults are xenstored's (Xen 4.17); `pendingEventsPerConnection` is hvsim's bound on watch
 * events queued for a guest that does not drain them (further events are dropped).
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
  /** Watch events queued and not yet written, on any connection (a privileged one has no
   *  watch quota, so one write can fire many). Reaching it closes the connection. */
  queuedEventsPerConnection: number;
  /** Output written to a connection and not yet taken by its peer (its socket's buffer, the
   *  replies waiting for room on a guest's ring), on any connection. Exceeding it closes the
   *  connection. */
  queuedBytesPerConnection: number;
}

export const DEFAULT_QUOTAS: Readonly<XenstoreQuotas> = {
  nodesPerDomain: 1000,
  entrySize: 2048,
  watchesPerConnection: 128,
  transactionsPerConnection: 10,
  nodesPerTransaction: 1024,
  permsPerNode: 5,
  pendingEventsPerConnection: 1024,
  // oxenstored bounds a connection by quota-maxwatchevents (1024) and quota-maxoutstanding
  // (1024 replies, each at most 16 + 4096 bytes); a privileged host tool that watches thousands
  // of nodes needs room for one write's fan-out, so hvsim bounds events at 64 times that and
  // bytes at oxenstored's worst case: 1024 messages of the largest size.
  queuedEventsPerConnection: 65_536,
  queuedBytesPerConnection: 1024 * (16 + 4096),
};
