/**
 * A cohort table's survival curve: the share of the cohort still active after each period as
 * observed, and as the fitted sBG model has it, projected past the table (Fader & Hardie 2007,
 * figure 3); and what a customer still active at the end of the table is worth, as DERL, the
 * renewals still to come, discounted (Fader & Hardie 2010). Time in the table's periods.
 */
import { sbgDiscountedResidualLifetime, sbgSurvival, type SbgParameters } from '../fit/shiftedBetaGeometric.ts';

/** DERL's discount rate per period: Fader & Hardie's (2010) example uses 10% a year. */
export const DERL_DISCOUNT_RATE = 0.1;

export interface CohortSurvival {
  /** Share still active after period t, t = 0 … the table's last period. */
  actual: number[];
  /** The model's share, t = 0 … `projected` periods. */
  model: number[];
  /** Periods the table covers. */
  observed: number;
  /** A customer active at the end of the table: renewals still to come, each discounted at DERL_DISCOUNT_RATE. */
  residualRenewals: number;
  /** The same for a customer who has just joined (renewed 0 times). */
  newCustomerRenewals: number;
}

/** The table's own periods and as many again projected, at least 10 periods in all. */
export function cohortSurvival(active: readonly number[], parameters: SbgParameters): CohortSurvival {
  const observed = active.length - 1;
  return {
    actual: active.map((count) => count / active[0]!),
    model: sbgSurvival(parameters, Math.max(10, 2 * observed)),
    observed,
    residualRenewals: sbgDiscountedResidualLifetime(parameters, observed, DERL_DISCOUNT_RATE),
    newCustomerRenewals: sbgDiscountedResidualLifetime(parameters, 0, DERL_DISCOUNT_RATE),
  };
}
