/**
 * What dom0 needs from its host besides DomctlService, supplied by the boot loader.
 *
 * Both belong on the control channel in the end (a dom0 timer is Xen's set_timer_op/VIRQ_TIMER
 * for dom0, and charging dom0 is the core accounting dom0's vCPU time); until DomctlService
 * has calls for them the boot loader, which holds the core, passes them in.
 */
import type { DiskSpec } from './config/disk-spec';
import type { VifSpec } from './config/vif-spec';

/** Virtual time as the core keeps it. */
export interface VirtualClock {
  /** Virtual nanoseconds since the machine booted. */
  now(): number;
  /** Calls `fn` once when virtual time reaches now() + delayNs; returns a function that cancels it. */
  setTimer(delayNs: number, fn: () => void): () => void;
}

/**
 * Services that follow every domU's life (xenstored, later backends) plug in here. The
 * toolstack calls them in the order given; a hook that throws fails the operation
 * (create) or is logged (destroy, rename), never crashes dom0.
 */
export interface DomainServiceHooks {
  /** A domain was built (still paused): write its xenstore entries, introduce its ring. */
  domainBuilt?(domain: BuiltDomainInfo): void | Promise<void>;
  /** The domain got a new name (xl rename, rename-restart). */
  domainRenamed?(domid: number, name: string): void | Promise<void>;
  /**
   * Ask the guest to shut down or reboot, as xl does through xenstore's control/shutdown.
   * Return true when the request was delivered; false when this service cannot ask this
   * guest (the toolstack then tries the next hook, and finally a remote shutdown).
   */
  requestShutdown?(domid: number, kind: 'poweroff' | 'reboot'): boolean | Promise<boolean>;
  /** xl mem-set: the balloon target changed (xenstore's memory/target). */
  memoryTargetChanged?(domid: number, targetKb: number): void | Promise<void>;
  /** The domain is gone: remove its entries, release it. */
  domainDestroyed?(domid: number): void | Promise<void>;
  /** An event arrived on one of dom0's event channel ports (a ring was kicked). */
  evtchnNotified?(port: number): void;
  /** The domain shut down or is about to be destroyed: take in console output it left in a
   *  ring, so nothing it printed last is lost. */
  flushConsole?(domid: number): void | Promise<void>;
  /** Live migration: the domain is paused for its last round; its devices get ready to move
   *  (in-flight requests answered, disk locks offered to the destination). */
  migrationPaused?(domid: number): Promise<void>;
  /** The migration failed before the destination committed: the domain runs on here, its
   *  devices' locks this host's again. */
  migrationAborted?(domid: number): Promise<void>;
  /** Names this service's part of a save image (with saveDomainState / restoreDomainState). */
  readonly stateKey?: string;
  /** xl save: what this service keeps about the (paused) domain that must travel with it,
   *  as plain JSON data. */
  saveDomainState?(domid: number): unknown;
  /** xl restore: the restored domain (domainBuilt done, still paused) gets back what
   *  saveDomainState gave for `savedDomid`. The state comes from a file: check it. */
  restoreDomainState?(domid: number, savedDomid: number, state: unknown): void | Promise<void>;
}

export interface BuiltDomainInfo {
  domid: number;
  name: string;
  /** The domain's UUID (its xen_domain_handle_t), e.g. for /vm/<uuid>. */
  uuid: string;
  /** MiB, as in the config. */
  memory: number;
  maxmem: number;
  vcpus: number;
  maxVcpus: number;
  type: 'pv' | 'hvm';
  /** Guest frame numbers of the rings and start_info, and their unbound event channel ports. */
  consoleGfn: number;
  consoleEvtchn: number;
  storeGfn: number;
  storeEvtchn: number;
  startInfoGfn: number;
  /** Memory came from a save image, so the rings hold what the guest left in them; false for a
   *  freshly built domain, whose ring pages are zero (fresh frames; Xen's builder clears them too). */
  restored: boolean;
  /** Its virtual block devices (the config's `disk`). */
  disks: readonly DiskSpec[];
  /** Its virtual network interfaces (the config's `vif`), each with its devid and MAC. */
  vifs: readonly VifSpec[];
}
