/**
 * The hypervisor core: the machine (pCPUs, the clock, the event queue, the frame pool), the
 * domains, the scheduler, and the mechanisms everything else is built from — running vCPUs
 * in quanta, blocking and waking, lifecycle changes, and the domain-state feed. Hypercall
 * families, traps, event delivery and the control surface are separate modules over this.
 *
 * Time. Virtual time is integer ns. pCPUs are interleaved in fixed order, each running up
 * to the next quantum boundary — min(now + quantum, next timer event, run target) — so timers
 * fire exactly on time and cross-pCPU effects (wakes) land at boundaries. When nothing is
 * runnable anywhere the clock jumps to the next event.
 */
import { RUNSTATE_blocked, RUNSTATE_offline, RUNSTATE_runnable, RUNSTATE_running, SHUTDOWN_crash, VIRQ_DOM_EXC } from '@hvsim/abi';
import {
  DEFAULT_FREQ_HZ, DEFAULT_MEMORY_BYTES, DEFAULT_PCPUS, DEFAULT_QUANTUM_NS, DEFAULT_SEED, EXIT_CYCLES_WFI, SEIP_SAMPLE_CYCLES,
} from './constants';
import { Domain, DomainState } from './domain/domain';
import { BlockKind, Vcpu } from './domain/vcpu';
import { EventQueue, Timer } from './machine/event-queue';
import { PCpu } from './machine/pcpu';
import { Prng } from './machine/prng';
import { FramePool } from './memory/frame-pool';
import { CreditScheduler } from './sched/credit';
import type { Scheduler } from './sched/scheduler';
import { ExitReason, Trace, TraceKind } from './trace';
import { sampleSeip, sendGlobalVirq } from './evtchn/delivery';
import { updateRunstateArea } from './domain/runstate-area';
import { timeFields } from './machine/time-fields';

export interface MachineConfig {
  /** Physical CPUs (1–32, default 2). */
  pcpus?: number;
  /** Machine memory in bytes, a multiple of 4 KiB (default 4 GiB). */
  memoryBytes?: number;
  /** pCPU frequency in Hz (default 1 GHz; one instruction one cycle). */
  freqHz?: number;
  /** Longest quantum in ns (default 100 µs). */
  quantumNs?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** Scheduler (only "credit" so far). */
  sched?: 'credit';
  /** Keep the last N trace records (the trace hash is always computed). */
  traceRecords?: number;
}

/** A change of a domain's state, for VIRQ_DOM_EXC and dom0's events stream. */
export interface DomainStateEvent {
  time: number;
  domid: number;
  kind: 'created' | 'paused' | 'unpaused' | 'shutdown' | 'crashed' | 'destroyed';
  /** SHUTDOWN_* reason for shutdown/crashed. */
  reason?: number;
  /** Crash cause. */
  cause?: string;
}

/** Domain-state events kept for takeStateEvents. */
const STATE_EVENTS_KEPT = 4096;

export class Core {
  readonly pcpus: PCpu[];
  readonly events = new EventQueue();
  readonly prng: Prng;
  readonly pool: FramePool;
  readonly sched: Scheduler;
  readonly trace = new Trace();
  readonly freqHz: number;
  readonly nsPerCycle: number;
  readonly quantumNs: number;
  readonly seed: number;
  /** Machine clock: the start of the current quantum, or where the last one ended. */
  now = 0;
  readonly domains = new Map<number, Domain>();
  /** Set when some domain's console output buffer stops being empty; whoever collects the
   *  output clears it (a host that finds it false need not look at every domain). */
  consoleOutputPending = false;
  /** The privileged domains, in creation order: who gets VIRQ_DOM_EXC (no scan of every domain per event). */
  private readonly privilegedDomains: Domain[] = [];

  /** The vCPU whose hart is executing right now (null between runs). */
  curVcpu: Vcpu | null = null;
  curPcpu: PCpu | null = null;
  private runStartTime = 0;
  private runStartInstret = 0;
  /** Cycles charged by exits during the current hart.run. */
  extraCycles = 0;
  private inQuantum = false;
  private readonly deferredWakes: Vcpu[] = [];
  private readonly tickTimer: Timer;
  private readonly stateEvents: DomainStateEvent[] = [];
  private stateListener: ((e: DomainStateEvent) => void) | null = null;
  /** Called when a host-kernel domain (dom0) gets an event on a port. */
  hostEventListener: ((domid: number, port: number) => void) | null = null;

  constructor(cfg: MachineConfig = {}) {
    const n = cfg.pcpus ?? DEFAULT_PCPUS;
    if (!Number.isInteger(n) || n < 1 || n > 32) throw new RangeError(`pcpus must be 1..32, got ${n}`);
    const mem = cfg.memoryBytes ?? DEFAULT_MEMORY_BYTES;
    if (!Number.isInteger(mem) || mem <= 0 || mem % 4096 !== 0) throw new RangeError(`memoryBytes must be a positive multiple of 4096, got ${mem}`);
    this.freqHz = cfg.freqHz ?? DEFAULT_FREQ_HZ;
    if (!Number.isInteger(this.freqHz) || this.freqHz < 1000 || this.freqHz > 1e10) throw new RangeError(`freqHz must be 1 kHz..10 GHz, got ${this.freqHz}`);
    this.nsPerCycle = 1e9 / this.freqHz;
    this.quantumNs = cfg.quantumNs ?? DEFAULT_QUANTUM_NS;
    if (!Number.isInteger(this.quantumNs) || this.quantumNs < 1000) throw new RangeError(`quantumNs must be an integer ≥ 1000, got ${this.quantumNs}`);
    this.seed = (cfg.seed ?? DEFAULT_SEED) >>> 0;
    this.prng = new Prng(this.seed);
    this.pool = new FramePool(mem / 4096);
    this.pcpus = Array.from({ length: n }, (_, i) => new PCpu(i));
    if ((cfg.sched ?? 'credit') !== 'credit') throw new RangeError(`unknown scheduler ${String(cfg.sched)}`);
    this.sched = new CreditScheduler(this.pcpus, this.prng);
    this.tickTimer = new Timer(this.events, (t) => this.onTick(t));
    timeFields(this, 'now', 'runStartTime');
    if (cfg.traceRecords) this.trace.enable(cfg.traceRecords);
    this.trace.clock = () => this.vcpuNow();
  }

  // ---- time -----------------------------------------------------------------------------------

  /** Virtual time as the running vCPU sees it (mid-quantum), else the machine clock. */
  vcpuNow(): number {
    const v = this.curVcpu;
    if (v === null || v.hart === null) return this.now;
    const cycles = v.hart.instret - this.runStartInstret + this.extraCycles;
    return this.runStartTime + Math.floor(cycles * this.nsPerCycle);
  }

  /**
   * Runs the machine until virtual time `target` (ns), or less far when `stopEarly` (asked
   * between quanta) says so: the machine is then as a run to the current time would leave it.
   */
  runUntil(target: number, stopEarly?: () => boolean): void {
    if (!Number.isFinite(target)) throw new RangeError('runUntil needs a finite time');
    while (this.now < target) {
      this.fireDue();
      if (!this.sched.hasWork()) {
        // Nothing runnable: let every pCPU drop what it held (runstates), then jump.
        for (const p of this.pcpus) {
          if (p.current !== null) this.switched(p, p.current, this.sched.schedule(p, Math.max(p.time, this.now)));
        }
        const t = Math.min(this.events.peekTime(), target);
        for (const p of this.pcpus) {
          if (p.time < t) {
            p.idleNs += t - Math.max(p.time, this.now);
            p.time = t;
          }
        }
        this.now = t;
        continue;
      }
      const end = Math.min(this.now + this.quantumNs, this.events.peekTime(), target);
      this.inQuantum = true;
      for (const p of this.pcpus) this.runPcpu(p, end);
      this.inQuantum = false;
      this.now = end;
      this.flushDeferredWakes();
      if (stopEarly !== undefined && stopEarly()) return;
    }
  }

  private fireDue(): void {
    while (this.events.peekTime() <= this.now) {
      const ev = this.events.pop();
      if (ev === undefined) break;
      ev.fire(this.now);
    }
  }

  private onTick(t: number): void {
    this.sched.tick(t);
    if (this.sched.needsTick()) this.tickTimer.arm(t + this.sched.tickNs);
  }

  private ensureTick(): void {
    if (!this.tickTimer.armed) this.tickTimer.arm(this.now + this.sched.tickNs);
  }

  private runPcpu(p: PCpu, end: number): void {
    if (p.time < this.now) {
      p.idleNs += this.now - p.time;
      p.time = this.now;
    }
    while (p.time < end) {
      let v = p.current;
      if (p.resched || v === null || !v.runnable || p.time >= p.sliceEnd) {
        const prev = v;
        v = this.sched.schedule(p, p.time);
        if (v !== prev) this.switched(p, prev, v);
      }
      if (v === null) {
        p.idleNs += end - p.time;
        p.time = end;
        return;
      }
      const until = Math.min(end, p.sliceEnd);
      const start = p.time;
      if (v.hart === null) this.runHostWork(p, v, until);
      else this.runGuest(p, v, until);
      p.busyNs += p.time - start;
    }
  }

  private switched(p: PCpu, prev: Vcpu | null, next: Vcpu | null): void {
    if (prev !== null && prev.runstate === RUNSTATE_running) {
      prev.setRunstate(prev.runnable ? RUNSTATE_runnable : this.idleRunstate(prev), p.time);
    }
    if (next !== null) {
      next.setRunstate(RUNSTATE_running, p.time);
      if (next.runstateArea !== 0) updateRunstateArea(next, p.time);
      next.ranOn |= 1 << p.id;
      this.trace.event(p.time, TraceKind.Switch, next.domain.domid, next.id, p.id, 0);
    } else {
      this.trace.event(p.time, TraceKind.Switch, 0x7fff, 0, p.id, 1);
    }
  }

  private runGuest(p: PCpu, v: Vcpu, until: number): void {
    const hart = v.hart as NonNullable<Vcpu['hart']>;
    let budget = Math.max(1, Math.floor((until - p.time) / this.nsPerCycle));
    if (v.seipRaised || v.vcpuInfoMfn >= 0) {
      sampleSeip(this, v);
      if (v.seipRaised && budget > SEIP_SAMPLE_CYCLES) budget = SEIP_SAMPLE_CYCLES;
    }
    this.curPcpu = p;
    this.curVcpu = v;
    this.runStartTime = p.time;
    this.runStartInstret = hart.instret;
    this.extraCycles = 0;
    const used = hart.run(budget);
    const retired = hart.instret - this.runStartInstret;
    let cycles = used + this.extraCycles;
    this.curVcpu = null;
    this.curPcpu = null;
    v.domain.counters.instructions += retired;
    if (hart.waiting && v.block === BlockKind.None && v.runnable) {
      cycles += EXIT_CYCLES_WFI;
      v.domain.counters.exits[ExitReason.Wfi]++;
    }
    const ns = Math.max(1, Math.ceil(cycles * this.nsPerCycle));
    p.time += ns;
    this.sched.charge(v, ns);
    if (hart.waiting && v.block === BlockKind.None && v.runnable) this.block(v, BlockKind.Wfi, p.time);
  }

  private runHostWork(p: PCpu, v: Vcpu, until: number): void {
    const ns = Math.min(v.hostWork, until - p.time);
    v.hostWork -= ns;
    p.time += ns;
    this.sched.charge(v, ns);
    if (v.hostWork <= 0) {
      v.hostWork = 0;
      this.block(v, BlockKind.NoWork, p.time);
    }
  }

  // ---- runnability ------------------------------------------------------------------------------

  private idleRunstate(v: Vcpu): number {
    const d = v.domain;
    return v.online && v.block !== BlockKind.None && d.pauseCount === 0 && d.state === DomainState.Active
      ? RUNSTATE_blocked
      : RUNSTATE_offline;
  }

  /** Recomputes whether v may run and tells the scheduler about a change. */
  updateRunnable(v: Vcpu, now = this.vcpuNow()): void {
    const d = v.domain;
    const r = v.online && v.block === BlockKind.None && d.pauseCount === 0 && d.state === DomainState.Active;
    if (r === v.runnable) {
      if (!r && v.runstate !== RUNSTATE_running) v.setRunstate(this.idleRunstate(v), now);
      return;
    }
    v.runnable = r;
    if (r) {
      v.setRunstate(RUNSTATE_runnable, now);
      if (this.inQuantum) this.deferredWakes.push(v);
      else this.schedWake(v, now);
    } else {
      if (v.runstate !== RUNSTATE_running) v.setRunstate(this.idleRunstate(v), now);
      this.sched.sleep(v, now);
      if (this.curVcpu === v && v.hart !== null) v.hart.stopRequested = true;
    }
  }

  private schedWake(v: Vcpu, now: number): void {
    this.sched.wake(v, now);
    this.ensureTick();
  }

  private flushDeferredWakes(): void {
    for (let i = 0; i < this.deferredWakes.length; i++) {
      const v = this.deferredWakes[i];
      if (v.runnable) this.schedWake(v, this.now);
    }
    this.deferredWakes.length = 0;
  }

  /** Blocks v until `wake` (an event, a timer, an interrupt, host work). */
  block(v: Vcpu, kind: number, now = this.vcpuNow()): void {
    v.block = kind;
    this.trace.event(now, TraceKind.Block, v.domain.domid, v.id, kind, 0);
    this.updateRunnable(v, now);
    if (v.runstate === RUNSTATE_running) v.setRunstate(this.idleRunstate(v), now);
  }

  wake(v: Vcpu, now = this.vcpuNow()): void {
    if (v.block === BlockKind.None) return;
    v.block = BlockKind.None;
    v.pollPorts.length = 0;
    v.pollTimer.cancel();
    this.trace.event(now, TraceKind.Wake, v.domain.domid, v.id, 0, 0);
    this.updateRunnable(v, now);
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  pause(d: Domain): void {
    d.pauseCount++;
    for (const v of d.vcpus) this.updateRunnable(v);
  }

  unpause(d: Domain): void {
    if (d.pauseCount === 0) return;
    d.pauseCount--;
    for (const v of d.vcpus) this.updateRunnable(v);
  }

  /** Shuts d down with a SHUTDOWN_* reason; a crash also records its cause. */
  shutdown(d: Domain, reason: number, cause = ''): void {
    if (d.state !== DomainState.Active) return;
    const now = this.vcpuNow();
    d.state = reason === SHUTDOWN_crash ? DomainState.Crashed : DomainState.Shutdown;
    d.shutdownReason = reason;
    d.crashCause = cause;
    for (const v of d.vcpus) this.updateRunnable(v, now);
    this.trace.event(now, reason === SHUTDOWN_crash ? TraceKind.Crash : TraceKind.Shutdown, d.domid, 0, reason, 0);
    this.emitState({ time: now, domid: d.domid, kind: reason === SHUTDOWN_crash ? 'crashed' : 'shutdown', reason, ...(cause ? { cause } : {}) });
  }

  crash(d: Domain, cause: string): void {
    this.shutdown(d, SHUTDOWN_crash, cause);
  }

  /** Registers a new domain (lifecycle's createDomain). */
  addDomain(d: Domain): void {
    this.domains.set(d.domid, d);
    if (d.privileged) this.privilegedDomains.push(d);
  }

  /** Forgets a destroyed domain (lifecycle's destroyDomain). */
  removeDomain(d: Domain): void {
    this.domains.delete(d.domid);
    const i = this.privilegedDomains.indexOf(d);
    if (i >= 0) this.privilegedDomains.splice(i, 1);
  }

  emitState(e: DomainStateEvent): void {
    this.stateEvents.push(e);
    // Trim in batches: shifting one event off a full buffer per event costs a copy each time.
    if (this.stateEvents.length >= 2 * STATE_EVENTS_KEPT) this.stateEvents.splice(0, this.stateEvents.length - STATE_EVENTS_KEPT);
    this.stateListener?.(e);
    for (const d of this.privilegedDomains) if (d.domid !== e.domid) sendGlobalVirq(this, d, VIRQ_DOM_EXC);
  }

  onStateChange(fn: ((e: DomainStateEvent) => void) | null): void {
    this.stateListener = fn;
  }

  /** Domain-state events since the last call (bounded to the last STATE_EVENTS_KEPT). */
  takeStateEvents(): DomainStateEvent[] {
    const events = this.stateEvents.splice(0, this.stateEvents.length);
    return events.length > STATE_EVENTS_KEPT ? events.slice(events.length - STATE_EVENTS_KEPT) : events;
  }

  domain(domid: number): Domain | undefined {
    return this.domains.get(domid);
  }
}
