/**
 * Customer value from the run's own retention by tenure: Fader & Hardie's (2010) discounted
 * expected residual lifetime (DERL), beside the Gupta–Lehmann figure of collector.ts.
 *
 * 1. Survival by tenure, in quarters, from the cohort table: a cohort of joining (13 weeks, cohort
 *    1 onwards) counts from the end of its quarter of joining (period 0); each full quarter after
 *    it is one period. Customers who left within a period are its leavers; the cohort's customers
 *    at its last full quarter are still there (right-censored). The starting customers (cohort 0)
 *    are left out of the fit: they are a mix of tenures, not a cohort.
 * 2. An sBG fit to those counts (sbgFit.ts) gives the quarterly survival S(t).
 * 3. Each current customer, of tenure τ quarters past their joining quarter, is worth
 *      value(τ) = m × Σ_{y = 1 … 100} [S(τ + 4y) / S(τ)] / (1 + i)^y
 *    with m the margin per customer-year and i the annual discount rate, both as in the
 *    Gupta–Lehmann figure. This is DERL(i | n) = Σ_{t ≥ n} [S(t) / S(n − 1)] / (1 + i)^(t − n) in
 *    yearly periods, read off the quarterly fit every fourth quarter, divided by (1 + i) so that the
 *    first year's margin is discounted as Gupta–Lehmann discount it: with a retention r that is the
 *    same at every tenure it is exactly m × r / (1 + i − r). The horizon of 100 years keeps the sum
 *    finite at a discount rate of 0. The starting customers are given their tenure since week 0 plus
 *    the mean tenure they started with (market.initialTenureYears / 2).
 *    valuePerCustomerDerl = the mean of value(τ) over the customers at the end of the period read.
 * Money in dollars.
 */
import type { CohortTable } from '../run/config.ts';
import { fitSbg, sbgSurvival, type SbgFit, type SurvivalCounts } from './sbgFit.ts';

export const QUARTERS_PER_YEAR = 4;
export const HORIZON_YEARS = 100;

/** A cohort's customers at the end of each week since its first week, as the cohort table keeps them. */
function weeksSinceStart(cohorts: CohortTable, cohort: number, lastWeek: number): number {
  return lastWeek - (cohort - 1) * cohorts.cohortWeeks;
}

/** Survival counts by quarter of tenure of the cohorts of joining, up to the end of week `lastWeek` (0-based). */
export function survivalCounts(cohorts: CohortTable, lastWeek: number): SurvivalCounts {
  const quarter = cohorts.cohortWeeks;
  const periods = Math.max(1, Math.floor((lastWeek + 1) / quarter));
  const leavers = new Float64Array(periods + 1);
  const stillThere = new Float64Array(periods + 1);
  for (let cohort = 1; cohort < cohorts.active.length; cohort++) {
    const active = cohorts.active[cohort];
    const seen = weeksSinceStart(cohorts, cohort, lastWeek);
    if (seen < quarter - 1) continue;
    const full = Math.floor((seen - (quarter - 1)) / quarter);
    for (let t = 1; t <= full; t++) leavers[t] += active[quarter - 1 + (t - 1) * quarter] - active[quarter - 1 + t * quarter];
    stillThere[full] += active[quarter - 1 + full * quarter];
  }
  return { leavers, stillThere };
}

/** Σ_{y = 1 … horizon} [S(τ + 4y) / S(τ)] / (1 + i)^y: expected discounted years still to come. */
export function discountedYearsAhead(survival: Float64Array, tenure: number, annualDiscount: number): number {
  if (!(survival[tenure] > 0)) return 0;
  let total = 0;
  let discount = 1;
  const factor = 1 / (1 + annualDiscount);
  for (let year = 1; year <= HORIZON_YEARS; year++) {
    discount *= factor;
    total += survival[tenure + QUARTERS_PER_YEAR * year] * discount;
  }
  return total / survival[tenure];
}

export interface DerlValue {
  fit: SbgFit | null;
  /** Mean value of a current customer, in dollars; 0 when there is nothing to fit or no customer. */
  valuePerCustomer: number;
}

/**
 * DERL value per customer at the end of week `lastWeek`, with `marginPerYear` dollars of margin a
 * customer-year and the starting customers' mean tenure at week 0 in weeks.
 */
export function derlValue(
  cohorts: CohortTable,
  lastWeek: number,
  marginPerYear: number,
  annualDiscount: number,
  startingTenureWeeks: number,
): DerlValue {
  const fit = fitSbg(survivalCounts(cohorts, lastWeek));
  if (fit === null) return { fit, valuePerCustomer: 0 };
  const quarter = cohorts.cohortWeeks;
  const tenures: number[] = [];
  const counts: number[] = [];
  for (let cohort = 0; cohort < cohorts.active.length; cohort++) {
    const active = cohorts.active[cohort];
    const seen = cohort === 0 ? lastWeek : weeksSinceStart(cohorts, cohort, lastWeek);
    if (seen < 0 || seen >= active.length || active[seen] === 0) continue;
    const tenure =
      cohort === 0
        ? Math.floor((lastWeek + 1 + startingTenureWeeks) / quarter)
        : Math.max(0, Math.floor((seen - (quarter - 1)) / quarter));
    tenures.push(tenure);
    counts.push(active[seen]);
  }
  let customers = 0;
  for (const count of counts) customers += count;
  if (customers === 0) return { fit, valuePerCustomer: 0 };
  const survival = sbgSurvival(fit.alpha, fit.beta, Math.max(...tenures) + QUARTERS_PER_YEAR * HORIZON_YEARS);
  let years = 0;
  for (let index = 0; index < tenures.length; index++) {
    years += counts[index] * discountedYearsAhead(survival, tenures[index], annualDiscount);
  }
  return { fit, valuePerCustomer: (marginPerYear * years) / customers };
}
