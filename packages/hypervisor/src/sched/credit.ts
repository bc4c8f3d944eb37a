/**
 * Credit scheduler, after Xen's credit1. Every 30 ms (three 10 ms ticks) the credit that the
 * pCPUs can burn in a timeslice is shared among the active domains by weight (and limited by
 * their cap), then split among their active vCPUs. Running burns credit (10 per ms). vCPUs
 * with credit left are UNDER, those in debt OVER; a vCPU waking from sleep with credit is
 * BOOSTed so it preempts CPU hogs (after the 1 ms ratelimit). Each pCPU has a run queue,
 * sorted by priority, FIFO within one; a pCPU with nothing better than OVER work steals
 * UNDER/BOOST work from its peers. A capped vCPU in debt is parked until its credit returns.
 * Hard affinity is obeyed everywhere a vCPU is placed.
 */
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import type { PCpu } from '../machine/pcpu';
import type { Prng } from '../machine/prng';
import type { SchedParams, Scheduler } from './scheduler';

export const PRI_BOOST = 3;
export const PRI_UNDER = 2;
export const PRI_OVER = 1;

export const CREDIT_TICK_NS = 10_000_000;
export const CREDIT_TSLICE_NS = 30_000_000;
export const CREDIT_RATELIMIT_NS = 1_000_000;
const TICKS_PER_ACCT = 3;
const CREDITS_PER_MSEC = 10;
const CREDITS_PER_NS = CREDITS_PER_MSEC / 1_000_000;
const CREDITS_PER_TSLICE = CREDITS_PER_MSEC * (CREDIT_TSLICE_NS / 1_000_000);

export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 65535;

export class CreditScheduler implements Scheduler {
  readonly name = 'credit';
  readonly tickNs = CREDIT_TICK_NS;
  /** Every vCPU in the order added (which accounting follows); a removed one leaves a hole
   *  (null) until holes are half the array, so removal costs O(1), not a shift of the rest. */
  private readonly vcpus: Array<Vcpu | null> = [];
  private holes = 0;
  /** Per pCPU: how many of our vCPUs have it as their processor (what initial placement
   *  balances), kept as processors change so placing a vCPU does not count them all. */
  private readonly homed: Int32Array;
  private ticks = 0;

  constructor(private readonly pcpus: PCpu[], private readonly prng: Prng) {
    this.homed = new Int32Array(pcpus.length);
  }

  addVcpu(v: Vcpu): void {
    v.credit = 0;
    v.pri = PRI_UNDER;
    v.affinity &= this.allMask();
    v.processor = this.placeNew(v);
    this.homed[v.processor]++;
    v.schedSlot = this.vcpus.length;
    this.vcpus.push(v);
  }

  removeVcpu(v: Vcpu): void {
    this.dequeue(v);
    if (v.schedSlot >= 0) {
      this.vcpus[v.schedSlot] = null;
      v.schedSlot = -1;
      this.homed[v.processor]--;
      if (++this.holes * 2 > this.vcpus.length) this.compact();
    }
    for (const p of this.pcpus) {
      if (p.current === v) {
        p.current = null;
        p.resched = true;
      }
    }
  }

  private compact(): void {
    let n = 0;
    for (const v of this.vcpus) {
      if (v === null) continue;
      v.schedSlot = n;
      this.vcpus[n++] = v;
    }
    this.vcpus.length = n;
    this.holes = 0;
  }

  wake(v: Vcpu, now: number): void {
    if (v.onRunq || this.isRunning(v)) return;
    if (v.parked) return;
    if (v.pri === PRI_UNDER) v.pri = PRI_BOOST;
    const p = this.pcpus[this.pickCpu(v)];
    this.setProcessor(v, p.id);
    this.enqueue(p, v, false);
    this.tickle(p, v, now);
  }

  sleep(v: Vcpu): void {
    this.dequeue(v);
    for (const p of this.pcpus) if (p.current === v) p.resched = true;
  }

  yield(v: Vcpu): void {
    v.yielded = true;
    for (const p of this.pcpus) if (p.current === v) p.resched = true;
  }

  schedule(p: PCpu, now: number): Vcpu | null {
    p.resched = false;
    const cur = p.current;
    const curOk = cur !== null && cur.runnable && !cur.parked && (cur.affinity & (1 << p.id)) !== 0;
    if (curOk && !cur.yielded && now - cur.startTime < CREDIT_RATELIMIT_NS) {
      // Ratelimit: a vCPU keeps the pCPU for at least 1 ms once it got it.
      p.sliceEnd = cur.startTime + CREDIT_RATELIMIT_NS;
      return cur;
    }
    if (cur !== null && cur.runnable && !cur.parked && !cur.onRunq) {
      const home = (cur.affinity & (1 << p.id)) !== 0 ? p : this.pcpus[this.pickCpu(cur)];
      this.setProcessor(cur, home.id);
      this.enqueue(home, cur, cur.yielded);
      if (home !== p) this.tickle(home, cur, now);
    }
    if (cur !== null) cur.yielded = false;

    let next: Vcpu | null = p.runq.length > 0 ? p.runq[0] : null;
    if (next === null || next.pri < PRI_UNDER) {
      const stolen = this.steal(p, next === null ? 0 : next.pri);
      if (stolen !== null) next = stolen;
    }
    if (next !== null) {
      this.dequeue(next);
      this.setProcessor(next, p.id);
      if (next !== cur) next.startTime = now;
      else if (now - next.startTime >= CREDIT_RATELIMIT_NS) next.startTime = now;
      p.sliceEnd = now + CREDIT_TSLICE_NS;
    }
    p.current = next;
    return next;
  }

  charge(v: Vcpu, ns: number): void {
    v.credit -= ns * CREDITS_PER_NS;
    // In debt: it needs a share again. A vCPU that runs little (dom0's, a timer-driven guest)
    // lives on its surplus outside the active set instead of diluting the shares of CPU hogs.
    if (v.credit < 0) v.active = true;
  }

  tick(now: number): void {
    for (const p of this.pcpus) {
      const v = p.current;
      if (v === null) continue;
      // As in Xen, a vCPU a tick catches running joins the active set.
      v.active = true;
      // Boost lasts until the vCPU is caught running at a tick.
      if (v.pri === PRI_BOOST) v.pri = PRI_UNDER;
      if (v.credit < 0 && v.pri === PRI_UNDER) {
        v.pri = PRI_OVER;
        p.resched = true;
      }
      if (v.domain.cap !== 0 && v.credit < 0) this.park(v);
    }
    if (++this.ticks % TICKS_PER_ACCT === 0) this.account(now);
  }

  hasWork(): boolean {
    for (const p of this.pcpus) {
      if (p.runq.length > 0) return true;
      if (p.current !== null && p.current.runnable && !p.current.parked) return true;
    }
    return false;
  }

  needsTick(): boolean {
    if (this.hasWork()) return true;
    for (const v of this.vcpus) if (v !== null && v.parked) return true;
    return false;
  }

  setAffinity(v: Vcpu, mask: number, now: number): void {
    const m = mask & this.allMask();
    if (m === 0) throw new RangeError('affinity names no existing pCPU');
    v.affinity = m;
    if ((m & (1 << v.processor)) !== 0) return;
    if (v.onRunq) {
      this.dequeue(v);
      const p = this.pcpus[this.pickCpu(v)];
      this.setProcessor(v, p.id);
      this.enqueue(p, v, false);
      this.tickle(p, v, now);
    }
    for (const p of this.pcpus) if (p.current === v) p.resched = true;
  }

  getParams(d: Domain): SchedParams {
    return { weight: d.weight, cap: d.cap };
  }

  setParams(d: Domain, params: Partial<SchedParams>): void {
    if (params.weight !== undefined) {
      if (!Number.isInteger(params.weight) || params.weight < WEIGHT_MIN || params.weight > WEIGHT_MAX) {
        throw new RangeError(`weight must be ${WEIGHT_MIN}..${WEIGHT_MAX}, got ${params.weight}`);
      }
    }
    const maxCap = 100 * this.pcpus.length;
    if (params.cap !== undefined) {
      if (!Number.isInteger(params.cap) || params.cap < 0 || params.cap > maxCap) {
        throw new RangeError(`cap must be 0..${maxCap} (percent of one pCPU), got ${params.cap}`);
      }
    }
    if (params.weight !== undefined) d.weight = params.weight;
    if (params.cap !== undefined) {
      d.cap = params.cap;
      if (d.cap === 0) for (const v of d.vcpus) this.unpark(v);
    }
  }

  /** Shares out one timeslice's worth of credit per pCPU among the active domains. */
  private account(now: number): void {
    const creditTotal = CREDITS_PER_TSLICE * this.pcpus.length;
    const doms: Domain[] = [];
    const activeCount = new Map<Domain, number>();
    let weightTotal = 0;
    for (const v of this.vcpus) {
      if (v === null || !v.active) continue;
      const n = activeCount.get(v.domain);
      if (n === undefined) doms.push(v.domain);
      activeCount.set(v.domain, (n ?? 0) + 1);
      weightTotal += v.domain.weight;
    }
    if (weightTotal === 0) return;
    const share = new Map<Domain, number>();
    for (const d of doms) {
      const n = activeCount.get(d) as number;
      let fair = (creditTotal * d.weight * n) / weightTotal;
      const peak = Math.min(n, this.pcpus.length) * CREDITS_PER_TSLICE;
      fair = Math.min(fair, peak);
      if (d.cap !== 0) fair = Math.min(fair, (d.cap * CREDITS_PER_TSLICE) / 100);
      share.set(d, fair / n);
    }
    for (const v of this.vcpus) {
      if (v === null || !v.active) continue;
      v.credit += share.get(v.domain) as number;
      if (v.credit < 0) {
        if (v.pri !== PRI_OVER) {
          v.pri = PRI_OVER;
          this.requeue(v);
        }
      } else {
        if (v.pri === PRI_OVER) {
          v.pri = PRI_UNDER;
          this.requeue(v);
        }
        if (v.credit > CREDITS_PER_TSLICE) {
          // Not using its share: stop earning (Xen halves the surplus and drops it from the active set).
          v.credit = CREDITS_PER_TSLICE / 2;
          v.active = false;
        }
        if (v.parked) this.unpark(v, now);
      }
    }
    // vCPUs that are neither runnable nor earning leave the active set.
    for (const v of this.vcpus) if (v !== null && !v.runnable) v.active = false;
  }

  private park(v: Vcpu): void {
    if (v.parked) return;
    v.parked = true;
    this.dequeue(v);
    for (const p of this.pcpus) if (p.current === v) p.resched = true;
  }

  private unpark(v: Vcpu, now = 0): void {
    if (!v.parked) return;
    v.parked = false;
    if (v.runnable) this.wake(v, now);
  }

  private requeue(v: Vcpu): void {
    if (!v.onRunq) return;
    const p = this.pcpus[v.processor];
    this.dequeue(v);
    this.enqueue(p, v, false);
  }

  private isRunning(v: Vcpu): boolean {
    for (const p of this.pcpus) if (p.current === v) return true;
    return false;
  }

  /** Inserts v after every queued vCPU of higher or equal priority (after all of lower too when yielding). */
  private enqueue(p: PCpu, v: Vcpu, yielded: boolean): void {
    const q = p.runq;
    let i = 0;
    while (i < q.length && q[i].pri >= v.pri) i++;
    if (yielded && i < q.length) i++;
    q.splice(i, 0, v);
    v.onRunq = true;
  }

  private dequeue(v: Vcpu): void {
    if (!v.onRunq) return;
    const q = this.pcpus[v.processor].runq;
    const i = q.indexOf(v);
    if (i >= 0) q.splice(i, 1);
    v.onRunq = false;
  }

  /** Preempts p's current vCPU if v deserves the pCPU more, or wakes p if idle; else an idle peer. */
  private tickle(p: PCpu, v: Vcpu, _now: number): void {
    if (p.current === null || p.current.pri < v.pri) {
      p.resched = true;
      return;
    }
    for (const q of this.pcpus) {
      if (q.current === null && (v.affinity & (1 << q.id)) !== 0) {
        q.resched = true;
        return;
      }
    }
  }

  /** Takes the best queued vCPU better than `floor` that may run on p from a peer (probing from a random peer). */
  private steal(p: PCpu, floor: number): Vcpu | null {
    const n = this.pcpus.length;
    if (n === 1) return null;
    const start = this.prng.below(n);
    for (let k = 0; k < n; k++) {
      const peer = this.pcpus[(start + k) % n];
      if (peer === p) continue;
      for (const v of peer.runq) {
        if (v.pri <= floor || v.pri < PRI_UNDER) break;
        if ((v.affinity & (1 << p.id)) !== 0) return v;
      }
    }
    return null;
  }

  /** pCPU for a waking vCPU: its own if allowed and not busier than an idle alternative. */
  private pickCpu(v: Vcpu): number {
    const own = this.pcpus[v.processor];
    const ownOk = (v.affinity & (1 << own.id)) !== 0;
    if (ownOk && own.current === null && own.runq.length === 0) return own.id;
    for (const p of this.pcpus) {
      if ((v.affinity & (1 << p.id)) !== 0 && p.current === null && p.runq.length === 0) return p.id;
    }
    if (ownOk) return own.id;
    return this.leastLoaded(v);
  }

  /** Initial placement: among the least loaded allowed pCPUs, a seeded random one. */
  private placeNew(v: Vcpu): number {
    let best = Infinity;
    const ties: number[] = [];
    for (const p of this.pcpus) {
      if ((v.affinity & (1 << p.id)) === 0) continue;
      const load = this.assigned(p);
      if (load < best) {
        best = load;
        ties.length = 0;
      }
      if (load === best) ties.push(p.id);
    }
    if (ties.length === 0) throw new RangeError('affinity names no existing pCPU');
    return ties[this.prng.below(ties.length)];
  }

  private leastLoaded(v: Vcpu): number {
    let best = -1;
    let bestLoad = Infinity;
    for (const p of this.pcpus) {
      if ((v.affinity & (1 << p.id)) === 0) continue;
      const load = this.load(p);
      if (load < bestLoad) {
        bestLoad = load;
        best = p.id;
      }
    }
    return best;
  }

  private load(p: PCpu): number {
    return p.runq.length + (p.current !== null ? 1 : 0);
  }

  /** vCPUs homed on p, runnable or not: what initial placement balances. */
  private assigned(p: PCpu): number {
    return this.homed[p.id];
  }

  private setProcessor(v: Vcpu, id: number): void {
    this.homed[v.processor]--;
    v.processor = id;
    this.homed[id]++;
  }

  private allMask(): number {
    return this.pcpus.length >= 32 ? 0xffffffff : (1 << this.pcpus.length) - 1;
  }
}
