/**
 * dom0's kernel is TypeScript, so the CPU time its services would take on a real dom0 is
 * estimated with this cost model and charged to dom0's vCPU in virtual time
 * (docs/ARCHITECTURE.md, "dom0"): a busy dom0 competes with domUs as it does under Xen.
 *
 * The figures are order-of-magnitude costs of the same work in a Linux dom0 (libxl +
 * privcmd hypercalls, xenconsoled, a device model), in nanoseconds of dom0 CPU time:
 *
 * | work                                   | ns       | why                                          |
 * |----------------------------------------|----------|----------------------------------------------|
 * | one domctl/sysctl call                 | 2,000    | privcmd ioctl + hypercall entry/exit + marshalling |
 * | one management request                 | 20,000   | socket read/write, decode, libxl bookkeeping |
 * | one domain build (fixed part)          | 200,000  | libxl's create path: config, ELF parse, setup |
 * | one guest page written by the builder  | 1,000    | foreign-map a 4 KiB page and copy it         |
 * | one guest page read for a core dump    | 1,000    | foreign-map a 4 KiB page and write it out    |
 * | one console byte handled               | 20       | copy from the ring/buffer, log write, fan-out |
 * | one emulated UART register access      | 5,000    | ioreq round trip through the device model    |
 * | one emulated PLIC register access      | 5,000    | ioreq round trip through the device model    |
 * | one xenstore request                   | 5,000    | xenstored: read, parse, tree walk, reply     |
 * | one xenstore watch event written       | 1,000    | format the event, queue it on the connection |
 *
 * Charges accumulate and are handed to the sink in batches (at the end of each management
 * request, event batch or build), so charging adds no control-channel traffic per item.
 */

export const COST_NS = {
  domctlCall: 2_000,
  managementRequest: 20_000,
  domainBuild: 200_000,
  builderPage: 1_000,
  coreDumpPage: 1_000,
  consoleByte: 20,
  uartAccess: 5_000,
  plicAccess: 5_000,
  xenstoreRequest: 5_000,
  xenstoreWatchEvent: 1_000,
} as const;

export type CostKind = keyof typeof COST_NS;

/** Where charged time goes: the core accounts it to dom0's vCPU. */
export type ChargeSink = (ns: number) => void | Promise<void>;

export class CostMeter {
  private pendingNs = 0;
  private totalNs = 0;
  private readonly byKind = new Map<CostKind, number>();

  constructor(private readonly sink: ChargeSink | null) {}

  /** Records `count` units of `kind` of work. */
  charge(kind: CostKind, count = 1): void {
    const ns = COST_NS[kind] * count;
    this.pendingNs += ns;
    this.totalNs += ns;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + ns);
  }

  /** Hands the accumulated charge to the sink. */
  async flush(): Promise<void> {
    const ns = this.pendingNs;
    if (ns === 0 || this.sink === null) return;
    this.pendingNs = 0;
    await this.sink(ns);
  }

  /** Everything charged so far, in ns, in total and per kind (for `hvsim info`/tests). */
  totals(): { totalNs: number; byKind: Record<CostKind, number> } {
    const byKind = {} as Record<CostKind, number>;
    for (const kind of Object.keys(COST_NS) as CostKind[]) byKind[kind] = this.byKind.get(kind) ?? 0;
    return { totalNs: this.totalNs, byKind };
  }
}
