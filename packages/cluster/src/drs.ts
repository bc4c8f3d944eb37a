/**
 * DRS load balancing: host load = CPU demand ÷ pCPUs, imbalance = the standard deviation of
 * the host loads. The migration level sets the threshold above which the manager balances;
 * it then picks, one at a time, the migration that lowers the imbalance most — never one a
 * rule forbids — until the imbalance is at or below the threshold, no move helps, or it has
 * K of them. Level 1 makes only mandatory moves (rule violations; evacuation is the
 * manager's). Pure.
 */
import { choosePlacement, hostLoad, placeInModel, ruleProblem, type ClusterModel, type HostModel } from './placement';
import type { DomainRecord } from './records';

/** The imbalance each level tolerates (stddev of host loads); level 1 tolerates any. */
export const DRS_THRESHOLDS: Readonly<Record<number, number>> = { 1: Infinity, 2: 0.5, 3: 0.25, 4: 0.12, 5: 0.05 };

/** At most this many migrations per DRS period: each costs its source a pause. */
export const DRS_MAX_MOVES_PER_PERIOD = 4;

export function drsThreshold(level: number): number {
  return DRS_THRESHOLDS[level] ?? Infinity;
}

export function imbalance(hosts: readonly HostModel[]): number {
  if (hosts.length === 0) return 0;
  const loads = hosts.map(hostLoad);
  const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
  return Math.sqrt(loads.reduce((a, l) => a + (l - mean) ** 2, 0) / loads.length);
}

export interface Move {
  domain: string;
  from: string;
  to: string;
  reason: string;
}

type Movable = Pick<DomainRecord, 'name' | 'memoryMb' | 'vcpus'>;

/**
 * The migrations of one period. `domains` are the clustered domains that may move (placed,
 * not migrating); the model is updated as if each move were done.
 */
export function planDrs(model: ClusterModel, domains: readonly Movable[], level: number, maxMoves = DRS_MAX_MOVES_PER_PERIOD): Move[] {
  const moves = mandatoryMoves(model, domains, maxMoves);
  const threshold = drsThreshold(level);
  const moved = new Set(moves.map((m) => m.domain));
  while (moves.length < maxMoves && imbalance(model.hosts) > threshold) {
    const best = bestBalancingMove(model, domains.filter((d) => !moved.has(d.name)));
    if (best === null) break;
    const d = domains.find((x) => x.name === best.domain) as Movable;
    placeInModel(model, d, best.to);
    moves.push(best);
    moved.add(best.domain);
  }
  return moves;
}

/** Domains that break a rule where they are, moved to where the rules allow. */
function mandatoryMoves(model: ClusterModel, domains: readonly Movable[], maxMoves: number): Move[] {
  const moves: Move[] = [];
  for (const d of domains) {
    if (moves.length >= maxMoves) break;
    const at = model.location.get(d.name);
    if (at === undefined) continue;
    const problem = ruleProblem(model, d.name, at);
    if (problem === null) continue;
    const p = choosePlacement(model, d, new Set([at]));
    if (!('host' in p)) continue;
    placeInModel(model, d, p.host);
    moves.push({ domain: d.name, from: at, to: p.host, reason: problem });
  }
  return moves;
}

function bestBalancingMove(model: ClusterModel, domains: readonly Movable[]): Move | null {
  const before = imbalance(model.hosts);
  let best: Move | null = null;
  let bestAfter = before - 1e-9;
  for (const d of domains) {
    const from = model.location.get(d.name);
    const source = model.hosts.find((h) => h.name === from);
    const demand = model.demand.get(d.name) ?? 0;
    if (source === undefined || demand <= 0) continue;
    for (const target of model.hosts) {
      if (target === source || target.freeMemoryMb < d.memoryMb || ruleProblem(model, d.name, target.name) !== null) continue;
      // Keep-together members move only as a group, which DRS does not do: leave them be.
      if (model.rules.some((r) => r.kind === 'keep-together' && r.domains.includes(d.name) && r.domains.length > 1)) continue;
      source.demand -= demand;
      target.demand += demand;
      const after = imbalance(model.hosts);
      source.demand += demand;
      target.demand -= demand;
      if (after < bestAfter) {
        bestAfter = after;
        best = { domain: d.name, from: source.name, to: target.name, reason: `imbalance ${before.toFixed(3)} → ${after.toFixed(3)}` };
      }
    }
  }
  return best;
}
