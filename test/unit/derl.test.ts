/**
 * Customer value by Fader & Hardie's DERL (src/sim/metrics/derl.ts, sbgFit.ts): the sBG fit finds
 * the shapes that made the data, the value is the sum the formula says, and it is never below the
 * Gupta–Lehmann figure when retention rises with tenure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discountedYearsAhead, HORIZON_YEARS, survivalCounts } from '../../src/sim/metrics/derl.ts';
import { fitSbg, sbgSurvival, type SurvivalCounts } from '../../src/sim/metrics/sbgFit.ts';
import { personKey, uniformFor, weekBase } from '../../src/sim/random/counterHash.ts';
import { betaFor } from '../../src/sim/random/distributions.ts';
import { run } from '../support/runs.ts';

/** Cohorts of `size` people, each with θ ~ Beta(α, β), leaving geometrically; cohort k seen for `periods` − k periods. */
function driftOnlyCohorts(alpha: number, beta: number, size: number, cohorts: number, periods: number, seed: number): SurvivalCounts {
  const leavers = new Float64Array(periods + 1);
  const stillThere = new Float64Array(periods + 1);
  for (let cohort = 0; cohort < cohorts; cohort++) {
    const seen = periods - cohort;
    for (let person = 0; person < size; person++) {
      const base = weekBase(personKey(seed, cohort * size + person), -1);
      const theta = betaFor(base, 1, 2, alpha, beta);
      let t = 1;
      while (t <= seen && uniformFor(base, 3, t) >= theta) t++;
      if (t <= seen) leavers[t]++;
      else stillThere[seen]++;
    }
  }
  return { leavers, stillThere };
}

/** E[(1 − θ)^k] under Beta(a, b), by Simpson's rule on a fine grid (independent of the recursion). */
function betaMoment(a: number, b: number, k: number): number {
  const steps = 20_000;
  let weighted = 0;
  let total = 0;
  for (let index = 1; index < steps; index++) {
    const theta = index / steps;
    const weight = index % 2 === 0 ? 2 : 4;
    const density = Math.pow(theta, a - 1) * Math.pow(1 - theta, b - 1);
    weighted += weight * density * Math.pow(1 - theta, k);
    total += weight * density;
  }
  return weighted / total;
}

const gl = (r: number, discount: number) => r / (1 + discount - r);
/** Gupta–Lehmann's sum cut at the same horizon as the DERL value's: Σ_{y ≤ 100} r^y / (1 + i)^y. */
function glToHorizon(r: number, discount: number): number {
  let total = 0;
  for (let year = 1; year <= HORIZON_YEARS; year++) total += Math.pow(r / (1 + discount), year);
  return total;
}

describe('the sBG fit', () => {
  it.each([
    [0.7, 1.2],
    [2, 12],
    [0.4, 3],
  ])('recovers α %s and β %s from simulated drift-only cohorts', (alpha, beta) => {
    const fit = fitSbg(driftOnlyCohorts(alpha, beta, 2000, 8, 12, 5))!;
    expect(fit.alpha / alpha).toBeGreaterThan(0.85);
    expect(fit.alpha / alpha).toBeLessThan(1.15);
    expect(fit.beta / beta).toBeGreaterThan(0.8);
    expect(fit.beta / beta).toBeLessThan(1.2);
  });

  it('gives no fit when nobody left', () => {
    expect(fitSbg({ leavers: new Float64Array(3), stillThere: Float64Array.of(0, 0, 40) })).toBeNull();
  });
});

describe('the DERL value of a customer', () => {
  it('is the direct sum of discounted survival, taken over the posterior of a survivor of τ quarters', () => {
    const [alpha, beta, tenure, discount] = [1.3, 6, 5, 0.1];
    const survival = sbgSurvival(alpha, beta, tenure + 400);
    let direct = 0;
    for (let year = 1; year <= HORIZON_YEARS; year++) direct += betaMoment(alpha, beta + tenure, 4 * year) / Math.pow(1 + discount, year);
    expect(discountedYearsAhead(survival, tenure, discount)).toBeCloseTo(direct, 3);
  });

  it('equals Gupta–Lehmann when everyone has the same chance of leaving', () => {
    // Beta(α, β) with α, β huge is a point mass at θ = α / (α + β).
    const survival = sbgSurvival(1e7, 9e7, 500);
    const r = Math.pow(0.9, 4);
    expect(discountedYearsAhead(survival, 3, 0.1)).toBeCloseTo(gl(r, 0.1), 4);
  });

  it('is at least Gupta–Lehmann at the next year\'s retention, since retention rises with tenure', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (alpha, beta, tenure, discount) => {
          const survival = sbgSurvival(alpha, beta, tenure + 400);
          const nextYear = survival[tenure + 4] / survival[tenure];
          expect(discountedYearsAhead(survival, tenure, discount)).toBeGreaterThanOrEqual(glToHorizon(nextYear, discount) * (1 - 1e-9));
        },
      ),
    );
  });
});

describe('the run\'s DERL figure', () => {
  const seeds = [1, 2, 3];
  const runs = seeds.map((seed) => run({}, { seed, weeks: 260, people: 5000 }));

  it('rests on the run\'s own retention, which rises with tenure: fewer leave in the third year than in the first', () => {
    for (const result of runs) {
      const counts = survivalCounts(result.cohorts, result.weeks - 1);
      const atRisk = (t: number) => {
        let total = 0;
        for (let u = t; u < counts.leavers.length; u++) total += counts.leavers[u] + counts.stillThere[u];
        return total;
      };
      const leavingShare = (from: number, to: number) => {
        let left = 0;
        let exposed = 0;
        for (let t = from; t <= to; t++) [left, exposed] = [left + counts.leavers[t], exposed + atRisk(t)];
        return left / exposed;
      };
      expect(leavingShare(9, 12)).toBeLessThan(0.95 * leavingShare(1, 4));
    }
  });

  it('values the customers of a default run above Gupta–Lehmann: survivors are better than average', () => {
    for (const result of runs) {
      expect(result.summary.valuePerCustomerDerl).toBeGreaterThan(result.summary.valuePerCustomer);
      expect(result.summary.valuePerCustomerDerl).toBeLessThan(3 * result.summary.valuePerCustomer);
    }
  });

  it('is 0 in a run too short to see anyone complete a quarter', () => {
    expect(run({}, { weeks: 20, people: 2000 }).summary.valuePerCustomerDerl).toBe(0);
  });
});
