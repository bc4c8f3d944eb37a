/**
 * How many nodes each owner has in a part of the tree. Held by every unit (a directory the
 * toolstack removes as a whole, see XsBatch.unit) so that removing one settles the owners'
 * quotas without a walk over its nodes. A unit mostly has one or two owners (dom0 and its
 * domain): those are kept in fields, any others in a Map.
 */
export class OwnerCounts {
  private owner1 = -1;
  private count1 = 0;
  private owner2 = -1;
  private count2 = 0;
  private others: Map<number, number> | null = null;
  /** Nodes, all owners together. */
  total = 0;

  add(owner: number, delta: number): void {
    this.total += delta;
    if (owner === this.owner1) this.count1 += delta;
    else if (owner === this.owner2) this.count2 += delta;
    else if (this.owner1 < 0) {
      this.owner1 = owner;
      this.count1 = delta;
    } else if (this.owner2 < 0) {
      this.owner2 = owner;
      this.count2 = delta;
    } else {
      const others = (this.others ??= new Map());
      others.set(owner, (others.get(owner) ?? 0) + delta);
    }
  }

  /** Every owner with a nonzero count. */
  forEach(fn: (owner: number, count: number) => void): void {
    if (this.count1 !== 0) fn(this.owner1, this.count1);
    if (this.count2 !== 0) fn(this.owner2, this.count2);
    if (this.others !== null) for (const [owner, count] of this.others) if (count !== 0) fn(owner, count);
  }
}
