/**
 * One guest's xenstore ring as dom0 serves it: the `xenstore_domain_interface` page at
 * start_info->store_mfn and the event channel start_info->store_evtchn, which the guest left
 * unbound for dom0 and dom0 binds (what Xen's xenstored does on XS_INTRODUCE).
 *
 * A pass — on each notification from the guest, and whenever xenstored queued output for it
 * (replies, watch events) — brings the guest's half of the page in, lets the
 * XenstoreRingConnection consume requests and produce responses, writes dom0's half back and
 * notifies the guest if the ring moved.
 */
import { HVSIM_PAGE_SIZE, XENSTORE_DOMAIN_INTERFACE } from '@hvsim/abi';
import type { Domctl } from '../domctl';
import { XenstoreRingConnection } from './ring';
import type { Xenstored } from './xenstored';
import { RingWorker } from '../rings/ring-worker';
import { SharedPage, fields } from '../rings/shared-page';

const F = XENSTORE_DOMAIN_INTERFACE.f;
/** The guest produces requests, consumes responses, and may ask to reconnect. */
const GUEST_FIELDS = fields(F, ['req', 'req_prod', 'rsp_cons', 'connection']);
/** dom0's fields, data before the indices that publish it. */
const BACKEND_FIELDS = fields(F, ['rsp', 'rsp_prod', 'req_cons', 'server_features', 'error']);

export class StoreRing {
  private readonly page: SharedPage;
  private connection: XenstoreRingConnection | null = null;
  private readonly worker: RingWorker;
  private notifyWanted = false;
  private inPass = false;

  private constructor(
    private readonly domctl: Domctl,
    readonly domid: number,
    readonly gfn: number,
    /** dom0's end of the store event channel. */
    readonly localPort: number,
    log: (line: string) => void,
  ) {
    this.page = new SharedPage(domctl, domid, gfn * HVSIM_PAGE_SIZE, XENSTORE_DOMAIN_INTERFACE.size, GUEST_FIELDS, BACKEND_FIELDS);
    this.worker = new RingWorker(() => this.pass(), (err) => log(`xenstore ring of domain ${domid}: ${(err as Error).message}`));
  }

  /** Binds the guest's store port and attaches the page to xenstored as a connection of `domid`;
   *  reads the page first when it is `inUse` (otherwise it is zero, as dom0's copy starts). */
  static async connect(domctl: Domctl, xenstored: Xenstored, domid: number, gfn: number, guestPort: number, inUse: boolean, log: (line: string) => void): Promise<StoreRing> {
    const localPort = await domctl.evtchnBindInterdomain(domid, guestPort);
    const ring = new StoreRing(domctl, domid, gfn, localPort, log);
    try {
      if (inUse) await ring.page.load();
      ring.connection = new XenstoreRingConnection(xenstored, domid, ring.page.local, () => ring.outputQueued());
      await ring.page.push(); // server_features
    } catch (err) {
      await domctl.evtchnClose(localPort).catch(() => undefined);
      throw err;
    }
    return ring;
  }

  /** The guest notified the store port. */
  kick(): Promise<void> {
    return this.worker.kick();
  }

  /** Stops serving: drops the xenstored connection and dom0's end of the event channel. */
  async close(): Promise<void> {
    await this.worker.stop();
    this.connection?.close();
    await this.domctl.evtchnClose(this.localPort).catch(() => undefined);
  }

  /** XenstoreRingConnection put something on the ring (or freed request space). */
  private outputQueued(): void {
    this.notifyWanted = true;
    // Outside a pass (a watch event fired by another client): publish it with a pass of its own.
    if (!this.inPass) void this.worker.kick();
  }

  private async pass(): Promise<void> {
    const connection = this.connection;
    if (connection === null || connection.connection.closed) return;
    await this.page.pull();
    this.inPass = true;
    try {
      connection.kick();
    } finally {
      this.inPass = false;
    }
    await this.page.push();
    if (this.notifyWanted) {
      this.notifyWanted = false;
      await this.domctl.evtchnSend(this.localPort);
    }
  }
}
