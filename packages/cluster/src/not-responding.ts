/**
 * "Not responding", as vSphere says of a host whose heartbeats stopped: the lease only says a
 * host is gone once its TTL has run out, and a host whose agent hangs while its etcd client
 * still renews the lease (a stuck call) never loses it at all. Meanwhile the manager would
 * go on choosing it as a target, and each start or migration sent there fails or hangs, to be
 * retried a round later. So every agent bumps its record's heartbeat each HEARTBEAT_MS from
 * its own loop, and the manager notes, on its own clock, when it last saw each host's count
 * change: one that stood still for NOT_RESPONDING_BEATS intervals is no target for placement,
 * HA restarts, evacuation or DRS, and DRS leaves its domains be. It stays a member: its
 * domains are restarted elsewhere only when its lease expires, so none runs twice.
 *
 * Wall time (a monotonic clock, the manager's own): heartbeats cross hosts, whose clocks are
 * never compared — only a count's changes, timed where they are seen.
 */
import type { HostRecord } from './records';

/** How often an agent re-puts its record with the heartbeat bumped. */
export const HEARTBEAT_MS = 500;
/** Heartbeat intervals without a change after which a host is not responding: 1.5 s, well
 *  inside the 2–3 s a stopped host's lease takes to expire, and five agent ticks of slack
 *  for a loop slowed by a busy machine. */
export const NOT_RESPONDING_BEATS = 3;
export const NOT_RESPONDING_MS = NOT_RESPONDING_BEATS * HEARTBEAT_MS;

interface Seen {
  heartbeat: number;
  /** When this manager saw the count take this value (-Infinity: found silent already). */
  since: number;
}

/** The manager's record of when each host's heartbeat last moved. */
export class HeartbeatMonitor {
  private readonly seen = new Map<string, Seen>();

  constructor(private readonly now: () => number, private readonly limitMs = NOT_RESPONDING_MS) {}

  /**
   * The hosts, of those registered now, whose heartbeat has not moved for the limit. `found`
   * holds the findings in etcd (host → the heartbeat it stood at): a host this manager sees
   * for the first time, still at the heartbeat an earlier manager found it silent at, is
   * silent from the start — a new manager does not give a hung host a fresh 1.5 s.
   */
  update(hosts: ReadonlyMap<string, HostRecord>, found: ReadonlyMap<string, number>): Set<string> {
    const t = this.now();
    for (const name of [...this.seen.keys()]) if (!hosts.has(name)) this.seen.delete(name);
    const silent = new Set<string>();
    for (const h of hosts.values()) {
      let s = this.seen.get(h.name);
      if (s === undefined || s.heartbeat !== h.heartbeat) {
        s = { heartbeat: h.heartbeat, since: s === undefined && found.get(h.name) === h.heartbeat ? -Infinity : t };
        this.seen.set(h.name, s);
      }
      if (t - s.since >= this.limitMs) silent.add(h.name);
    }
    return silent;
  }
}

/** The hosts whose finding in etcd still holds: their record is at the heartbeat found. */
export function notRespondingHosts(hosts: ReadonlyMap<string, HostRecord>, found: ReadonlyMap<string, number>): Set<string> {
  return new Set([...found].filter(([name, beat]) => hosts.get(name)?.heartbeat === beat).map(([name]) => name));
}

/** What a decision's reason adds while hosts were skipped as not responding. */
export function skippedNote(skipped: readonly string[]): string {
  return skipped.length === 0 ? '' : `; skipped ${skipped.join(', ')} (not responding)`;
}
