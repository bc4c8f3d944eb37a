/**
 * Credit scheduler, after Xen's credit1. Every 30 ms (three 10 ms ticks) the credit that the
 * pCPUs can burn in a timeslice is shared among the active domains by weight (and limited by
 * their cap), then split among their active vCPUs. Running burns credit (10 per ms). vCPUs
 * with credit left are UNDER, those in debt OVER; a vCPU waking from sleep with credit is
 * BOOSTed so it preempts CPU hogs (after the 1 ms ratelimit). Each pCPU has a run queue,
 * sorted by priority, FIFO within one; a pCPU with nothing better than OVER work steals
 * UNDER/BOOST work from its peers. A capped vCPU in debt is parked until its credit returns.
 * Hard affinity is obeyed everywhere a vCPU is placed.
 *
 * Its data is its own: a CreditVcpu per vCPU (found by the slot it keeps on the vCPU, so a
 * decision makes no lookup), a CreditDomain per domain, a run queue per pCPU.
 */
import type { Domain } from '../domain/domain';
import type { Vcpu } from '../domain/vcpu';
import type { PCpu } from '../machine/pcpu';
import type { Prng } from '../machine/prng';
import { timeFields } from '../machine/time-fields';
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

export const WEIGHT_DEFAULT = 256;

/** Credit's share parameters of a domain, and the accounting's scratch for it. */
class CreditDomain {
  weight = WEIGHT_DEFAULT;
  cap = 0;
  /** During account(): its vCPUs in the active set, and each one's credit for the slice. */
  nActive = 0;
  share = 0;
}

/** Credit's per-vCPU record. */
class CreditVcpu {
  credit = 0;
  pri = PRI_UNDER;
  /** Virtual time this vCPU last started running (for the ratelimit). */
  startTime = 0;
  onRunq = false;
  yielded = false;
  /** Counted by the accounting while it competes for CPU. */
  active = false;
  /** Capped and in debt: off the run queues until its credit returns. */
  parked = false;

  constructor(readonly v: Vcpu, readonly dom: CreditDomain) {
    timeFields(this, 'startTime');
  }
}

export class CreditScheduler implements Scheduler {
  readonly name = 'credit';
  readonly tickNs = CREDIT_TICK_NS;
  /** Every vCPU's record in the order added (which accounting follows), at the vCPU's
   *  schedSlot; a removed one leaves a hole (null) until holes are half the array, so removal
   *  costs O(1), not a shift of the rest. */
  private readonly vcpus: Array<CreditVcpu | null> = [];
  /** Per domain (looked up when a vCPU is added and for its parameters, never per decision). */
  private readonly doms = new WeakMap<Domain, CreditDomain>();
  /** Per pCPU: the run queue, highest priority first. */
  private readonly runqs: CreditVcpu[][];
  private holes = 0;
  /** Per pCPU: how many of our vCPUs have it as their processor (what initial placement
   *  balances), kept as processors change so placing a vCPU does not count them all. */
  private readonly homed: Int32Array;
  private ticks = 0;

  constructor(private readonly pcpus: PCpu[], private readonly prng: Prng) {
    this.homed = new Int32Array(pcpus.length);
    this.runqs = pcpus.map(() => []);
  }

  /** v's record (every vCPU the machine schedules was added). */
  private rec(v: Vcpu): CreditVcpu {
    return this.vcpus[v.schedSlot] as CreditVcpu;
  }

  private domOf(d: Domain): CreditDomain {
    let dom = this.doms.get(d);
    if (dom === undefined) {
      dom = new CreditDomain();
      this.doms.set(d, dom);
    }
    return dom;
  }

  addVcpu(v: Vcpu): void {
    v.affinity &= this.allMask();
    v.processor = this.placeNew(v);
    this.homed[v.processor]++;
    v.schedSlot = this.vcpus.length;
    this.vcpus.push(new CreditVcpu(v, this.domOf(v.domain)));
  }

  removeVcpu(v: Vcpu): void {
    if (v.schedSlot < 0) return;
    this.dequeue(this.rec(v));
    this.vcpus[v.schedSlot] = null;
    v.schedSlot = -1;
    this.homed[v.processor]--;
    if (++this.holes * 2 > this.vcpus.length) this.compact();
    for (const p of this.pcpus) {
      if (p.current === v) {
        p.current = null;
        p.resched = true;
      }
    }
  }

  private compact(): void {
    let n = 0;
    for (const r of this.vcpus) {
      if (r === null) continue;
      r.v.schedSlot = n;
      this.vcpus[n++] = r;
    }
    this.vcpus.length = n;
    this.holes = 0;
  }

  wake(v: Vcpu, now: number): void {
    this.wakeRec(this.rec(v), now);
  }

  private wakeRec(r: CreditVcpu, now: number): void {
    const v = r.v;
    if (r.onRunq || this.isRunning(v)) return;
    if (r.parked) return;
    if (r.pri === PRI_UNDER) r.pri = PRI_BOOST;
    const p = this.pcpus[this.pickCpu(v)];
    this.setProcessor(v, p.id);
    this.enqueue(p, r, false);
    this.tickle(p, r, now);
  }

  sleep(v: Vcpu): void {
    this.dequeue(this.rec(v));
    for (const p of this.pcpus) if (p.current === v) p.resched = true;
  }

  yield(v: Vcpu): void {
    this.rec(v).yielded = true;
    for (const p of this.pcpus) if (p.current === v) p.resched = true;
  }

  schedule(p: PCpu, now: number): Vcpu | null {
    p.resched = false;
    const curV = p.current;
    const cur = curV === null ? null : this.rec(curV);
    const curOk = cur !== null && cur.v.runnable && !cur.parked && (cur.v.affinity & (1 << p.id)) !== 0;
    if (curOk && !cur.yielded && now - cur.startTime < CREDIT_RATELIMIT_NS) {
      // Ratelimit: a vCPU keeps the pCPU for at least 1 ms once it got it.
      p.sliceEnd = cur.startTime + CREDIT_RATELIMIT_NS;
      return cur.v;
    }
    if (cur !== null && cur.v.runnable && !cur.parked && !cur.onRunq) {
      const home = (cur.v.affinity & (1 << p.id)) !== 0 ? p : this.pcpus[this.pickCpu(cur.v)];
      this.setProcessor(cur.v, home.id);
      this.enqueue(home, cur, cur.yielded);
      if (home !== p) this.tickle(home, cur, now);
    }
    if (cur !== null) cur.yielded = false;

    const runq = this.runqs[p.id];
    let next: CreditVcpu | null = runq.length > 0 ? runq[0] : null;
    if (next === null || next.pri < PRI_UNDER) {
      const stolen = this.steal(p, next === null ? 0 : next.pri);
      if (stolen !== null) next = stolen;
    }
    if (next !== null) {
      this.dequeue(next);
      this.setProcessor(next.v, p.id);
      if (next !== cur) next.startTime = now;
      else if (now - next.startTime >= CREDIT_RATELIMIT_NS) next.startTime = now;
      p.sliceEnd = now + CREDIT_TSLICE_NS;
    }
    p.current = next === null ? null : next.v;
    return p.current;
  }

  charge(v: Vcpu, ns: number): void {
    const r = this.rec(v);
    r.credit -= ns * CREDITS_PER_NS;
    // In debt: it needs a share again. A vCPU that runs little (dom0's, a timer-driven guest)
    // lives on its surplus outside the active set instead of diluting the shares of CPU hogs.
    if (r.credit < 0) r.active = true;
  }

  tick(now: number): void {
    for (const p of this.pcpus) {
      if (p.current === null) continue;
      const r = this.rec(p.current);
      // As in Xen, a vCPU a tick catches running joins the active set.
      r.active = true;
      // Boost lasts until the vCPU is caught running at a tick.
      if (r.pri === PRI_BOOST) r.pri = PRI_UNDER;
      if (r.credit < 0 && r.pri === PRI_UNDER) {
        r.pri = PRI_OVER;
        p.resched = true;
      }
      if (r.dom.cap !== 0 && r.credit < 0) this.park(r);
    }
    if (++this.ticks % TICKS_PER_ACCT === 0) this.account(now);
  }

  hasWork(): boolean {
    for (const p of this.pcpus) {
      if (this.runqs[p.id].length > 0) return true;
      if (p.current !== null && p.current.runnable && !this.rec(p.current).parked) return true;
    }
    return false;
  }

  needsTick(): boolean {
    if (this.hasWork()) return true;
    for (const r of this.vcpus) if (r !== null && r.parked) return true;
    return false;
  }

  setAffinity(v: Vcpu, mask: number, now: number): void {
    const m = mask & this.allMask();
    if (m === 0) throw new RangeError('affinity names no existing pCPU');
    v.affinity = m;
    if ((m & (1 << v.processor)) !== 0) return;
    const r = this.rec(v);
    if (r.onRunq) {
      this.dequeue(r);
      const p = this.pcpus[this.pickCpu(v)];
      this.setProcessor(v, p.id);
      this.enqueue(p, r, false);
      this.tickle(p, r, now);
    }
    for (const p of this.pcpus) if (p.current === v) p.resched = true;
  }

  getParams(d: Domain): SchedParams {
    const dom = this.domOf(d);
    return { weight: dom.weight, cap: dom.cap };
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
    const dom = this.domOf(d);
    if (params.weight !== undefined) dom.weight = params.weight;
    if (params.cap !== undefined) {
      dom.cap = params.cap;
      if (dom.cap === 0) for (const v of d.vcpus) if (v.schedSlot >= 0) this.unpark(this.rec(v));
    }
  }

  /** Shares out one timeslice's worth of credit per pCPU among the active domains. */
  private account(now: number): void {
    const creditTotal = CREDITS_PER_TSLICE * this.pcpus.length;
    const doms: CreditDomain[] = [];
    let weightTotal = 0;
    for (const r of this.vcpus) {
      if (r === null || !r.active) continue;
      if (r.dom.nActive === 0) doms.push(r.dom);
      r.dom.nActive++;
      weightTotal += r.dom.weight;
    }
    if (weightTotal !== 0) {
      for (const d of doms) {
        const n = d.nActive;
        let fair = (creditTotal * d.weight * n) / weightTotal;
        const peak = Math.min(n, this.pcpus.length) * CREDITS_PER_TSLICE;
        fair = Math.min(fair, peak);
        if (d.cap !== 0) fair = Math.min(fair, (d.cap * CREDITS_PER_TSLICE) / 100);
        d.share = fair / n;
      }
      for (const r of this.vcpus) {
        if (r === null || !r.active) continue;
        r.credit += r.dom.share;
        if (r.credit < 0) {
          if (r.pri !== PRI_OVER) {
            r.pri = PRI_OVER;
            this.requeue(r);
          }
        } else {
          if (r.pri === PRI_OVER) {
            r.pri = PRI_UNDER;
            this.requeue(r);
          }
          if (r.credit > CREDITS_PER_TSLICE) {
            // Not using its share: stop earning (Xen halves the surplus and drops it from the active set).
            r.credit = CREDITS_PER_TSLICE / 2;
            r.active = false;
          }
          if (r.parked) this.unpark(r, now);
        }
      }
      // vCPUs that are neither runnable nor earning leave the active set.
      for (const r of this.vcpus) if (r !== null && !r.v.runnable) r.active = false;
    }
    for (const d of doms) d.nActive = 0;
  }

  private park(r: CreditVcpu): void {
    if (r.parked) return;
    r.parked = true;
    this.dequeue(r);
    for (const p of this.pcpus) if (p.current === r.v) p.resched = true;
  }

  private unpark(r: CreditVcpu, now = 0): void {
    if (!r.parked) return;
    r.parked = false;
    if (r.v.runnable) this.wakeRec(r, now);
  }

  private requeue(r: CreditVcpu): void {
    if (!r.onRunq) return;
    const p = this.pcpus[r.v.processor];
    this.dequeue(r);
    this.enqueue(p, r, false);
  }

  private isRunning(v: Vcpu): boolean {
    for (const p of this.pcpus) if (p.current === v) return true;
    return false;
  }

  /** Inserts v after every queued vCPU of higher or equal priority (after all of lower too when yielding). */
  private enqueue(p: PCpu, r: CreditVcpu, yielded: boolean): void {
    const q = this.runqs[p.id];
    let i = 0;
    while (i < q.length && q[i].pri >= r.pri) i++;
    if (yielded && i < q.length) i++;
    q.splice(i, 0, r);
    r.onRunq = true;
  }

  private dequeue(r: CreditVcpu): void {
    if (!r.onRunq) return;
    const q = this.runqs[r.v.processor];
    const i = q.indexOf(r);
    if (i >= 0) q.splice(i, 1);
    r.onRunq = false;
  }

  /** Preempts p's current vCPU if r deserves the pCPU more, or wakes p if idle; else an idle peer. */
  private tickle(p: PCpu, r: CreditVcpu, _now: number): void {
    if (p.current === null || this.rec(p.current).pri < r.pri) {
      p.resched = true;
      return;
    }
    for (const q of this.pcpus) {
      if (q.current === null && (r.v.affinity & (1 << q.id)) !== 0) {
        q.resched = true;
        return;
      }
    }
  }

  /** Takes the best queued vCPU better than `floor` that may run on p from a peer (probing from a random peer). */
  private steal(p: PCpu, floor: number): CreditVcpu | null {
    const n = this.pcpus.length;
    if (n === 1) return null;
    const start = this.prng.below(n);
    for (let k = 0; k < n; k++) {
      const peer = this.pcpus[(start + k) % n];
      if (peer === p) continue;
      for (const r of this.runqs[peer.id]) {
        if (r.pri <= floor || r.pri < PRI_UNDER) break;
        if ((r.v.affinity & (1 << p.id)) !== 0) return r;
      }
    }
    return null;
  }

  /** pCPU for a waking vCPU: its own if allowed and not busier than an idle alternative. */
  private pickCpu(v: Vcpu): number {
    const own = this.pcpus[v.processor];
    const ownOk = (v.affinity & (1 << own.id)) !== 0;
    if (ownOk && own.current === null && this.runqs[own.id].length === 0) return own.id;
    for (const p of this.pcpus) {
      if ((v.affinity & (1 << p.id)) !== 0 && p.current === null && this.runqs[p.id].length === 0) return p.id;
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
    return this.runqs[p.id].length + (p.current !== null ? 1 : 0);
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
