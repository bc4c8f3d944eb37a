/**
 * The PV console ring backend (xenconsoled's part for a PV guest): per domain the
 * `xencons_interface` page at start_info->console.domU.mfn and the event channel
 * start_info->console.domU.evtchn, bound by dom0.
 *
 * A pass — when the guest notifies, when input is typed at `hvsim console`, and before the
 * domain shuts down or is destroyed — takes what the guest produced on out[] into the console
 * backend (log, history, attached clients), moves pending input onto in[], writes dom0's
 * indices back and notifies the guest if either ring moved.
 *
 * HVM domains keep their console on the emulated UART (the device model consumes input).
 */
import { HVSIM_PAGE_SIZE, MASK_XENCONS_IDX, XENCONS_INTERFACE } from '@hvsim/abi';
import type { ConsoleBackend } from './console-backend';
import type { CostMeter } from '../cost-model';
import type { Dom0ServiceContext } from '../dom0';
import type { Domctl } from '../domctl';
import type { BuiltDomainInfo, DomainServiceHooks } from '../platform';
import { RingWorker } from '../rings/ring-worker';
import { SharedPage, fields } from '../rings/shared-page';

const F = XENCONS_INTERFACE.f;
const IN_SIZE = F.in.size;
const OUT_SIZE = F.out.size;
/** The guest produces output and consumes input. */
const GUEST_FIELDS = fields(F, ['out', 'out_prod', 'in_cons']);
/** dom0 produces input (data before its index) and consumes output. */
const BACKEND_FIELDS = fields(F, ['in', 'in_prod', 'out_cons']);

class ConsoleRing {
  private readonly page: SharedPage;
  private readonly view: DataView;
  readonly worker: RingWorker;
  /** Set once the guest's indices were found impossible (logged once, ring ignored until fixed). */
  private corrupt = false;

  constructor(
    private readonly domctl: Domctl,
    private readonly console: ConsoleBackend,
    private readonly cost: CostMeter,
    readonly domid: number,
    gfn: number,
    readonly localPort: number,
    private readonly log: (line: string) => void,
    now: () => number,
  ) {
    this.page = new SharedPage(domctl, domid, gfn * HVSIM_PAGE_SIZE, XENCONS_INTERFACE.size, GUEST_FIELDS, BACKEND_FIELDS);
    this.view = new DataView(this.page.local.buffer, this.page.local.byteOffset, this.page.local.byteLength);
    this.worker = new RingWorker(() => this.pass(), (err) => log(`console ring of domain ${domid}: ${(err as Error).message}`), now);
  }

  load(): Promise<void> {
    return this.page.load();
  }

  private async pass(): Promise<void> {
    if (!this.console.has(this.domid)) return;
    await this.page.pull();
    const tookOutput = this.takeOutput();
    const gaveInput = this.giveInput();
    await this.page.push();
    await this.cost.flush();
    if (tookOutput || gaveInput) await this.domctl.evtchnSend(this.localPort);
  }

  /** out[] → the console backend. Returns whether out_cons moved. */
  private takeOutput(): boolean {
    const cons = this.u32(F.out_cons.offset);
    const prod = this.u32(F.out_prod.offset);
    const n = (prod - cons) >>> 0;
    if (n === 0) return false;
    if (n > OUT_SIZE) {
      // xenconsoled ignores a ring in this state; say so once rather than on every kick.
      if (!this.corrupt) this.log(`console ring of domain ${this.domid}: out_prod - out_cons = ${n} exceeds the ring (${OUT_SIZE}); ignored`);
      this.corrupt = true;
      return false;
    }
    this.corrupt = false;
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = this.page.local[F.out.offset + MASK_XENCONS_IDX(cons + i, OUT_SIZE)];
    this.setU32(F.out_cons.offset, prod);
    this.cost.charge('consoleByte', n);
    this.console.append(this.domid, bytes);
    return true;
  }

  /** Pending console input → in[]. Returns whether in_prod moved. */
  private giveInput(): boolean {
    const cons = this.u32(F.in_cons.offset);
    const prod = this.u32(F.in_prod.offset);
    const used = (prod - cons) >>> 0;
    if (used > IN_SIZE) return false; // the guest's in_cons is impossible: give it nothing
    const input = this.console.takeInput(this.domid, IN_SIZE - used);
    if (input.length === 0) return false;
    for (let i = 0; i < input.length; i++) this.page.local[F.in.offset + MASK_XENCONS_IDX(prod + i, IN_SIZE)] = input[i];
    this.setU32(F.in_prod.offset, prod + input.length);
    this.cost.charge('consoleByte', input.length);
    return true;
  }

  private u32(offset: number): number {
    return this.view.getUint32(offset, true);
  }

  private setU32(offset: number, value: number): void {
    this.view.setUint32(offset, value >>> 0, true);
  }
}

/** The console ring backend as a dom0 domain service (Dom0Options.services). */
export class ConsoleRingService implements DomainServiceHooks {
  private readonly byDomid = new Map<number, ConsoleRing>();
  private readonly byPort = new Map<number, ConsoleRing>();

  constructor(private readonly ctx: Dom0ServiceContext) {}

  async domainBuilt(d: BuiltDomainInfo): Promise<void> {
    if (d.type !== 'pv') return;
    const { domctl, console, cost, log, clock } = this.ctx;
    const localPort = await domctl.evtchnBindInterdomain(d.domid, d.consoleEvtchn);
    const ring = new ConsoleRing(domctl, console, cost, d.domid, d.consoleGfn, localPort, log, () => clock.now());
    this.byDomid.set(d.domid, ring);
    this.byPort.set(localPort, ring);
    // A fresh domain's ring page is zero, as dom0's copy starts: nothing to read.
    if (d.restored) await ring.load();
    console.setInputConsumer(d.domid, () => void ring.worker.kick());
  }

  evtchnNotified(port: number): void {
    void this.byPort.get(port)?.worker.kick();
  }

  async flushConsole(domid: number): Promise<void> {
    await this.byDomid.get(domid)?.worker.flush();
  }

  async domainDestroyed(domid: number): Promise<void> {
    const ring = this.byDomid.get(domid);
    if (ring === undefined) return;
    this.byDomid.delete(domid);
    this.byPort.delete(ring.localPort);
    await ring.worker.stop();
    await this.ctx.domctl.evtchnClose(ring.localPort).catch(() => undefined);
  }
}
