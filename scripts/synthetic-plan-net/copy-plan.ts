import { planNetResourceTypes, type PlanNetResourceType } from '../../src/main/plan-net/fhir-resource';

/**
 * How N resources are made of copies of the real set: whole copies, then one partial copy holding
 * the first resources of each type in the real set's proportions (largest remainder, so the
 * counts add up to N exactly). A reference in the partial copy to a resource it does not hold
 * goes to the previous, whole copy, so every reference still resolves.
 */
export class CopyPlan {
  readonly wholeCopies: number;
  readonly copies: number;
  private readonly partial: ReadonlyMap<PlanNetResourceType, number>;

  constructor(
    private readonly realCounts: ReadonlyMap<PlanNetResourceType, number>,
    readonly total: number,
  ) {
    const realTotal = [...realCounts.values()].reduce((sum, count) => sum + count, 0);
    if (!Number.isInteger(total) || total < realTotal) {
      throw new Error(`A synthetic Plan-Net set needs at least the real set's ${realTotal} resources.`);
    }
    this.wholeCopies = Math.floor(total / realTotal);
    const rest = total - this.wholeCopies * realTotal;
    this.copies = this.wholeCopies + (rest > 0 ? 1 : 0);
    this.partial = largestRemainder(realCounts, realTotal, rest);
  }

  /** Whether copy `copy` holds the `index`-th real resource of `type`. */
  holds(type: PlanNetResourceType, index: number, copy: number): boolean {
    return copy < this.wholeCopies || index < (this.partial.get(type) ?? 0);
  }

  /** The copy a reference from copy `copy` to that resource points at. */
  targetCopy(type: PlanNetResourceType, index: number, copy: number): number {
    return this.holds(type, index, copy) ? copy : copy - 1;
  }

  count(type: PlanNetResourceType): number {
    return this.wholeCopies * (this.realCounts.get(type) ?? 0) + (this.partial.get(type) ?? 0);
  }
}

function largestRemainder(
  realCounts: ReadonlyMap<PlanNetResourceType, number>,
  realTotal: number,
  rest: number,
): Map<PlanNetResourceType, number> {
  const shares = planNetResourceTypes.map((type) => {
    const exact = (rest * (realCounts.get(type) ?? 0)) / realTotal;
    return { type, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let missing = rest - shares.reduce((sum, share) => sum + share.count, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
    if (missing === 0) break;
    share.count += 1;
    missing -= 1;
  }
  return new Map(shares.map((share) => [share.type, share.count]));
}
