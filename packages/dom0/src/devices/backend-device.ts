/**
 * What every split-driver backend in dom0 (blkback, netback) shares: its xenstore directory
 * and its frontend's, the XenbusState handshake (io/xenbus.h) driven by an XS_WATCH on the
 * frontend's state, detach with libxl's timeout, and moving to Closing when the frontend or
 * its rings are beyond repair. A subclass says how to connect (read the frontend's ring
 * references, bind the event channel) and disconnect.
 *
 * Handshake: the backend writes its features and goes InitWait; the frontend publishes its
 * details and goes Initialised (or Connected); the backend connects and goes Connected.
 * Frontend Closing → backend Closing; frontend Closed → backend Closed, and InitWait again if
 * the frontend starts over (Initialising, as after a restore).
 */
import {
  XENBUS_STATE_NAMES, XenbusStateClosed, XenbusStateClosing, XenbusStateConnected, XenbusStateInitialised,
  XenbusStateInitialising, XenbusStateInitWait, XenbusStateUnknown,
} from '@hvsim/abi';
import type { VirtualClock } from '../platform';
import type { Xenstored } from '../xenstore';
import type { XsWatcher } from './xs-watcher';

/** How long a detach waits for the frontend to close (virtual ns), as libxl's device removal. */
export const DETACH_TIMEOUT_NS = 10_000_000_000;

export interface BackendDeviceOptions {
  xenstored: Xenstored;
  watcher: XsWatcher;
  clock: VirtualClock;
  log: (line: string) => void;
  domid: number;
}

export abstract class BackendDevice {
  protected state = XenbusStateInitialising;
  private watchToken: string | null = null;
  /** Handshake steps, one at a time. */
  private steps: Promise<void> = Promise.resolve();
  private closedWaiters: Array<() => void> = [];
  /** A restored or migrated domain's device, until restartFrontend(): see there. */
  private held = false;

  /**
   * @param kind "vbd" or "vif": the xenstore class, and how the log names the device.
   * @param backend, frontend: the two xenstore directories.
   */
  protected constructor(
    protected readonly base: BackendDeviceOptions,
    private readonly kind: string,
    readonly devid: number,
    protected readonly backend: string,
    protected readonly frontend: string,
  ) {}

  get backendState(): number {
    return this.state;
  }

  /** Reads the frontend's details, binds its event channel and starts serving; or fail()s. */
  protected abstract connect(): Promise<void>;
  /** Stops serving the rings and closes the event channel (idempotent). */
  protected abstract disconnect(): Promise<void>;
  /** Forgets the rings at once, without waiting for a pass under way (fail()). */
  protected abstract dropRings(): void;
  /** Counts a device-level error (xentop's counters). */
  protected abstract countError(): void;

  /** Goes InitWait (the caller has written its features) and follows the frontend. */
  protected follow(): void {
    this.switchState(XenbusStateInitWait);
    this.watchToken = this.base.watcher.watch(`${this.frontend}/state`, () => this.step(() => this.frontendChanged()));
  }

  /** The device of a restored or migrated domain: what its frontend left in xenstore names
   *  rings of the guest's past, not to be taken up until restartFrontend(). */
  protected holdUntilRestart(): void {
    this.held = true;
  }

  /**
   * Xen's destination toolstack writes a moved guest's frontend directory afresh: where its
   * backend is now (the domain's new domid names a new directory) and state Initialising. Its
   * frontend, finding the backend starting over in InitWait, sets up new rings and connects
   * again (Xen's resume) — and a netfront then announces itself to the network
   * (netif_notify_peers). Called once the domain's saved xenstore nodes, which hold the old
   * values, are back.
   */
  restartFrontend(): void {
    this.held = false;
    const xs = this.base.xenstored;
    xs.write(`${this.frontend}/backend`, this.backend);
    xs.write(`${this.frontend}/backend-id`, '0');
    xs.write(`${this.frontend}/state`, String(XenbusStateInitialising));
  }

  /**
   * xl block-detach / network-detach: asks the frontend to let go (backend Closing, online 0);
   * resolves when it has (frontend Closed), at once if it never connected, or after
   * DETACH_TIMEOUT_NS of virtual time if it does not answer (libxl then removes the device
   * regardless).
   */
  requestClose(): Promise<void> {
    this.write('online', '0');
    const fe = this.frontendState();
    if (fe === XenbusStateClosed || fe === XenbusStateUnknown || (!this.connected() && fe === XenbusStateInitialising)) return Promise.resolve();
    this.switchState(XenbusStateClosing);
    return new Promise((resolve) => {
      const cancel = this.base.clock.setTimer(DETACH_TIMEOUT_NS, () => {
        this.base.log(`${this.name}: the frontend did not close within ${DETACH_TIMEOUT_NS / 1e9} s; removing the device`);
        resolve();
      });
      this.closedWaiters.push(() => {
        cancel();
        resolve();
      });
    });
  }

  /** Stops serving (the domain is gone or the device is detached): no more passes, channel closed. */
  async stop(): Promise<void> {
    if (this.watchToken !== null) this.base.watcher.unwatch(`${this.frontend}/state`, this.watchToken);
    this.watchToken = null;
    await this.steps;
    await this.disconnect();
  }

  /** "vif 3/0": how the log names the device. */
  protected get name(): string {
    return `${this.kind} ${this.base.domid}/${this.devid}`;
  }

  /** Whether the rings are being served. */
  protected abstract connected(): boolean;

  private step(fn: () => Promise<void> | void): void {
    this.steps = this.steps.then(fn).catch((err) => this.base.log(`${this.name}: ${(err as Error).message}`));
  }

  private async frontendChanged(): Promise<void> {
    switch (this.frontendState()) {
      case XenbusStateInitialising:
        if (this.state === XenbusStateClosed) this.switchState(XenbusStateInitWait); // the frontend starts over
        break;
      case XenbusStateInitialised:
      case XenbusStateConnected:
        if (this.state === XenbusStateInitWait && !this.held) await this.connect();
        break;
      case XenbusStateClosing:
        await this.disconnect();
        this.switchState(XenbusStateClosing);
        break;
      default: // Closed, Unknown (or gone), or nonsense from the guest
        await this.disconnect();
        if (this.state !== XenbusStateInitialising) this.switchState(XenbusStateClosed);
        for (const w of this.closedWaiters.splice(0)) w();
        break;
    }
  }

  /** Something about the frontend or its ring is beyond repair: the device goes Closing. */
  protected fail(why: string): void {
    this.countError();
    this.base.log(`${this.name}: ${why}; closing the device`);
    this.write('error', why.slice(0, 200));
    this.dropRings();
    this.switchState(XenbusStateClosing);
  }

  /** Resolves when virtual time reaches `t`. */
  protected until(t: number): Promise<void> {
    const now = this.base.clock.now();
    if (now >= t) return Promise.resolve();
    return new Promise((resolve) => this.base.clock.setTimer(t - now, resolve));
  }

  // ---- xenstore ----

  protected switchState(state: number): void {
    if (this.state === state) return;
    this.state = state;
    this.write('state', String(state));
  }

  protected write(key: string, value: string): void {
    if (this.base.xenstored.exists(this.backend)) this.base.xenstored.write(`${this.backend}/${key}`, value);
  }

  protected frontendText(key: string): string | null {
    const p = `${this.frontend}/${key}`;
    return this.base.xenstored.exists(p) ? this.base.xenstored.read(p).toString('utf8') : null;
  }

  /** A frontend key holding a decimal u32, or null (absent or garbage). */
  protected frontendInt(key: string): number | null {
    const t = this.frontendText(key);
    return t !== null && /^[0-9]{1,10}$/.test(t) && Number(t) <= 0xffff_ffff ? Number(t) : null;
  }

  protected frontendState(): number {
    const s = this.frontendInt('state');
    return s !== null && s in XENBUS_STATE_NAMES ? s : XenbusStateUnknown;
  }
}
