/**
 * A stand-in for the hypervisor core behind DomctlService, for dom0's unit tests: it keeps
 * domains, their memory (a page map), vCPU contexts, console buffers and a frame pool with
 * free-page accounting, records every call, and lets a test play the guest (write to the
 * console, shut down, crash). Served over a real in-process RpcServer/RpcClient pair, so
 * dom0's Domctl facade and the wire are exercised too.
 */
import { DOMID_XEN } from '@hvsim/abi';
import { DomctlService, RpcClient, RpcError, RpcServer, StatusCode, inProcessPair, pb } from '@hvsim/control';
import type { ServerStreamCall, ServiceImplementation } from '@hvsim/control';
import type { VirtualClock } from '../../src';

const PAGE = 4096;
const RAM_BASE = 0x8000_0000;

export interface FakeDomain {
  domid: number;
  type: pb.DomainType;
  privileged: boolean;
  maxVcpus: number;
  nrPages: number;
  maxPages: number;
  targetPages: number;
  pauseCount: number;
  shutdownReason: pb.ShutdownReason | null;
  pages: Map<number, Uint8Array>;
  contexts: pb.VcpuContext.$Properties[];
  affinity: number[][];
  sched: { weight: number; cap: number };
  console: number[];
  handle: Uint8Array;
  hvmParams: Map<number, number>;
  unboundPorts: number[];
  sharedInfoFrame: number;
}

/** A test clock: virtual time moves only when the test says so. */
export class FakeClock implements VirtualClock {
  private t = 0;
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private nextId = 1;

  now(): number {
    return this.t;
  }

  setTimer(delayNs: number, fn: () => void): () => void {
    const id = this.nextId++;
    this.timers.push({ at: this.t + delayNs, fn, id });
    return () => {
      this.timers = this.timers.filter((x) => x.id !== id);
    };
  }

  advance(ns: number): void {
    this.t += ns;
    const due = this.timers.filter((x) => x.at <= this.t).sort((a, b) => a.at - b.at || a.id - b.id);
    this.timers = this.timers.filter((x) => x.at > this.t);
    for (const x of due) x.fn();
  }

  get pendingTimers(): number {
    return this.timers.length;
  }
}

export class FakeCore {
  readonly domains = new Map<number, FakeDomain>();
  readonly calls: string[] = [];
  readonly totalPages: number;
  readonly nrCpus: number;
  /** Charged dom0 time handed over by dom0's cost model. */
  chargedNs = 0;
  hypervisorLog = 'hvsim: booted\n';
  private watchers = new Set<ServerStreamCall<pb.DomctlServiceWatchEventsResponse.$Properties>>();
  readonly clock = new FakeClock();

  constructor(options: { totalPages?: number; nrCpus?: number } = {}) {
    this.totalPages = options.totalPages ?? 65536;
    this.nrCpus = options.nrCpus ?? 2;
    this.addDomain(0, pb.DomainType.DOMAIN_TYPE_PV, true, 1, 0, 0);
  }

  get freePages(): number {
    let used = 0;
    for (const d of this.domains.values()) used += d.nrPages;
    return this.totalPages - used;
  }

  /** A connected DomctlService client for dom0. */
  async connect(): Promise<RpcClient> {
    const server = new RpcServer({ name: 'fake-core' }).addService(DomctlService, this.implementation());
    const [clientEnd, serverEnd] = inProcessPair();
    server.accept(serverEnd);
    return RpcClient.connect(clientEnd, { name: 'dom0-test' });
  }

  // ---- the guest's side ------------------------------------------------------------------

  guestWrites(domid: number, text: string): void {
    const d = this.domain(domid);
    d.console.push(...Buffer.from(text));
    this.emit({ type: pb.DomainEventType.DOMAIN_EVENT_TYPE_CONSOLE, domid });
  }

  /** SCHEDOP_shutdown from the guest (or a crash reported by the core). */
  guestShutsDown(domid: number, reason: pb.ShutdownReason): void {
    const d = this.domain(domid);
    if (d.shutdownReason !== null) return;
    d.shutdownReason = reason;
    this.emit({ type: pb.DomainEventType.DOMAIN_EVENT_TYPE_SHUTDOWN, domid, shutdownReason: reason });
  }

  emit(event: pb.DomainEvent.$Properties): void {
    for (const w of this.watchers) w.send({ event: { timeNs: this.clock.now(), ...event } });
  }

  readGuest(domid: number, gpa: number, length: number): Uint8Array {
    const d = this.domain(domid);
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const page = d.pages.get(Math.floor((gpa + i - RAM_BASE) / PAGE));
      out[i] = page ? page[(gpa + i) % PAGE] : 0;
    }
    return out;
  }

  // ---- DomctlService ---------------------------------------------------------------------

  private domain(domid: number): FakeDomain {
    const d = this.domains.get(domid);
    if (d === undefined) throw new RpcError(StatusCode.STATUS_CODE_ESRCH, `no domain ${domid}`);
    return d;
  }

  private addDomain(domid: number, type: pb.DomainType, privileged: boolean, maxVcpus: number, nrPages: number, maxPages: number, handle = new Uint8Array(16)): FakeDomain {
    const d: FakeDomain = {
      domid, type, privileged, maxVcpus, nrPages, maxPages, targetPages: 0, pauseCount: 1, shutdownReason: null,
      pages: new Map(), contexts: Array.from({ length: maxVcpus }, () => ({ pc: 0, regs: [] })),
      affinity: Array.from({ length: maxVcpus }, () => []), sched: { weight: 256, cap: 0 }, console: [],
      handle, hvmParams: new Map(), unboundPorts: [],
      // The core's choice, inside RAM near the top, so the builder has to skip it.
      sharedInfoFrame: RAM_BASE / PAGE + nrPages - 2,
    };
    if (domid === 0) d.pauseCount = 0;
    this.domains.set(domid, d);
    return d;
  }

  private info(d: FakeDomain): pb.DomainInfo.$Properties {
    return {
      domid: d.domid, paused: d.pauseCount > 0, shutdown: d.shutdownReason !== null, crashed: d.shutdownReason === pb.ShutdownReason.SHUTDOWN_REASON_CRASH,
      running: d.pauseCount === 0 && d.shutdownReason === null, hvm: d.type === pb.DomainType.DOMAIN_TYPE_HVM, privileged: d.privileged,
      shutdownReason: d.shutdownReason ?? 0, totPages: d.nrPages, maxPages: d.maxPages, sharedInfoFrame: d.sharedInfoFrame,
      nrOnlineVcpus: 1, maxVcpuId: d.maxVcpus - 1, handle: d.handle, targetPages: d.targetPages,
    };
  }

  private implementation(): ServiceImplementation<typeof DomctlService> {
    const rec = <T>(name: string, fn: () => T): T => {
      this.calls.push(name);
      return fn();
    };
    return {
      CreateDomain: (req) => rec('CreateDomain', () => {
        let domid = req.domid;
        if (domid === 0) for (domid = 1; this.domains.has(domid); domid++);
        if (this.domains.has(domid)) throw new RpcError(StatusCode.STATUS_CODE_EEXIST, `domain ${domid} exists`);
        const pages = Number(req.memoryKb) / 4;
        if (pages > this.freePages) throw new RpcError(StatusCode.STATUS_CODE_ENOMEM, `cannot allocate ${pages} pages`);
        const maxPages = Number(req.maxMemoryKb || req.memoryKb) / 4;
        this.addDomain(domid, req.type, req.privileged, req.maxVcpus, pages, maxPages, new Uint8Array(req.handle));
        this.emit({ type: pb.DomainEventType.DOMAIN_EVENT_TYPE_CREATED, domid });
        return { domid };
      }),
      DestroyDomain: (req) => rec('DestroyDomain', () => {
        this.domain(req.domid);
        if (req.domid === 0) throw new RpcError(StatusCode.STATUS_CODE_EPERM, 'dom0');
        this.domains.delete(req.domid);
        this.emit({ type: pb.DomainEventType.DOMAIN_EVENT_TYPE_DESTROYED, domid: req.domid });
        return {};
      }),
      PauseDomain: (req) => rec('PauseDomain', () => {
        this.domain(req.domid).pauseCount++;
        this.emit({ type: pb.DomainEventType.DOMAIN_EVENT_TYPE_PAUSED, domid: req.domid });
        return {};
      }),
      UnpauseDomain: (req) => rec('UnpauseDomain', () => {
        const d = this.domain(req.domid);
        if (d.pauseCount === 0) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'not paused');
        d.pauseCount--;
        if (d.pauseCount === 0) this.emit({ type: pb.DomainEventType.DOMAIN_EVENT_TYPE_UNPAUSED, domid: req.domid });
        return {};
      }),
      ShutdownDomain: (req) => rec('ShutdownDomain', () => {
        this.domain(req.domid);
        this.guestShutsDown(req.domid, req.reason);
        return {};
      }),
      GetDomainInfo: (req) => rec('GetDomainInfo', () => ({ info: this.info(this.domain(req.domid)) })),
      ListDomains: () => rec('ListDomains', () => ({ domains: [...this.domains.values()].sort((a, b) => a.domid - b.domid).map((d) => this.info(d)) })),
      SetMaxMem: (req) => rec('SetMaxMem', () => {
        this.domain(req.domid).maxPages = Number(req.maxMemoryKb) / 4;
        return {};
      }),
      SetMemoryTarget: (req) => rec('SetMemoryTarget', () => {
        this.domain(req.domid).targetPages = Number(req.targetKb) / 4;
        return {};
      }),
      SetVcpuAffinity: (req) => rec('SetVcpuAffinity', () => {
        const d = this.domain(req.domid);
        if (req.vcpu >= d.maxVcpus || req.hardAffinity.some((c) => c >= this.nrCpus)) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'bad vcpu or cpu');
        d.affinity[req.vcpu] = [...req.hardAffinity];
        return { hardAffinity: d.affinity[req.vcpu].length ? d.affinity[req.vcpu] : [...Array(this.nrCpus).keys()] };
      }),
      GetVcpuInfo: (req) => rec('GetVcpuInfo', () => {
        const d = this.domain(req.domid);
        return { vcpus: d.affinity.map((a, vcpu) => ({ vcpu, online: vcpu === 0, hardAffinity: a.length ? a : [...Array(this.nrCpus).keys()] })) };
      }),
      SchedCreditGet: (req) => rec('SchedCreditGet', () => ({ params: { ...this.domain(req.domid).sched } })),
      SchedCreditSet: (req) => rec('SchedCreditSet', () => {
        const d = this.domain(req.domid);
        if (req.weight !== undefined && req.weight !== null) d.sched.weight = req.weight;
        if (req.cap !== undefined && req.cap !== null) d.sched.cap = req.cap;
        return { params: { ...d.sched } };
      }),
      WriteGuestMemory: (req) => rec('WriteGuestMemory', () => {
        const d = this.domain(req.domid);
        for (const w of [{ gpa: req.gpa, data: req.data }, ...req.more]) {
          const gpa = Number(w.gpa);
          if (gpa < RAM_BASE || gpa + w.data.length > RAM_BASE + d.nrPages * PAGE) throw new RpcError(StatusCode.STATUS_CODE_EFAULT, 'outside RAM');
          for (let i = 0; i < w.data.length; i++) {
            const index = Math.floor((gpa + i - RAM_BASE) / PAGE);
            let page = d.pages.get(index);
            if (page === undefined) d.pages.set(index, (page = new Uint8Array(PAGE)));
            page[(gpa + i) % PAGE] = w.data[i];
          }
        }
        return {};
      }),
      ReadGuestMemory: (req) => rec('ReadGuestMemory', () => {
        const d = this.domain(req.domid);
        const gpa = Number(req.gpa);
        if (req.length > 1 << 20) throw new RpcError(StatusCode.STATUS_CODE_E2BIG, 'too much');
        if (gpa < RAM_BASE || gpa + req.length > RAM_BASE + d.nrPages * PAGE) throw new RpcError(StatusCode.STATUS_CODE_EFAULT, 'outside RAM');
        return { data: this.readGuest(req.domid, gpa, req.length) };
      }),
      SetVcpuContext: (req) => rec('SetVcpuContext', () => {
        const d = this.domain(req.domid);
        if (req.vcpu >= d.maxVcpus) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'bad vcpu');
        d.contexts[req.vcpu] = { pc: req.context?.pc ?? 0, regs: [...(req.context?.regs ?? [])] };
        return {};
      }),
      GetVcpuContext: (req) => rec('GetVcpuContext', () => {
        const d = this.domain(req.domid);
        const ctx = d.contexts[req.vcpu];
        if (ctx === undefined) throw new RpcError(StatusCode.STATUS_CODE_EINVAL, 'bad vcpu');
        return { context: { ...ctx, hartState: Buffer.from(JSON.stringify({ vcpu: req.vcpu, pc: ctx.pc })) } };
      }),
      SetHvmParam: (req) => rec('SetHvmParam', () => {
        this.domain(req.domid).hvmParams.set(req.index, Number(req.value));
        return {};
      }),
      EvtchnAllocUnbound: (req) => rec('EvtchnAllocUnbound', () => {
        const d = this.domain(req.dom);
        const port = d.unboundPorts.length + 1;
        d.unboundPorts.push(port);
        return { port };
      }),
      ConsoleRead: (req) => rec('ConsoleRead', () => {
        const bytes = req.domid === DOMID_XEN ? [...Buffer.from(this.hypervisorLog)] : this.domain(req.domid).console;
        const index = Number(req.index);
        const data = Uint8Array.from(bytes.slice(index, index + (req.maxBytes || 65536)));
        return { data, nextIndex: index + data.length, lostBytes: 0 };
      }),
      Physinfo: () => rec('Physinfo', () => ({
        physinfo: { nrCpus: this.nrCpus, maxCpuId: this.nrCpus - 1, totalPages: this.totalPages, freePages: this.freePages, scheduler: 'credit', virtualTimeNs: this.clock.now() },
      })),
      GetVersion: () => rec('GetVersion', () => ({ version: { abiMajor: 1, abiMinor: 0, extraVersion: '-hvsim', capabilities: 'hvsim-1.0-riscv32' } })),
      WatchEvents: (_req, call) => {
        this.calls.push('WatchEvents');
        this.watchers.add(call);
        return new Promise<void>((resolve) => call.signal.addEventListener('abort', () => {
          this.watchers.delete(call);
          resolve();
        }));
      },
    };
  }
}

/** Lets queued RPC traffic and event handling run (the in-process transport is async). */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
}

/**
 * Retries `check` (settling between tries) until it passes, or rethrows its last failure after
 * `timeoutMs` of wall time: for work that waits for real file I/O (dom0 reads kernels and
 * writes core files asynchronously), which no number of settle() rounds is sure to cover.
 */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await settle();
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
