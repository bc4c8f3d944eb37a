import type { CostMeter } from '../cost-model';
import type { VirtualClock } from '../platform';

/**
 * A stretch of dom0's work measured in virtual time: what the clock moved, or what dom0's work
 * in it costs by the cost model if that is more. dom0's calls answer at once and their cost
 * is run on dom0's vCPU afterwards, so on a quiet host the clock alone would say its work took
 * no time; a migration's downtime is the longer of the two on each side.
 */
export class VirtualSpan {
  private readonly startNs: number;
  private readonly startCostNs: number;

  constructor(private readonly clock: VirtualClock, private readonly cost: CostMeter) {
    this.startNs = clock.now();
    this.startCostNs = cost.totals().totalNs;
  }

  elapsedNs(): number {
    return Math.max(this.clock.now() - this.startNs, this.cost.totals().totalNs - this.startCostNs);
  }
}
