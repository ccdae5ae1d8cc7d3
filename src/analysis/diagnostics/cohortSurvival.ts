/**
 * A cohort table's survival curve: the share of the cohort still active after each period as
 * observed, and as the fitted sBG model has it, projected past the table (Fader & Hardie 2007,
 * figure 3); and what a customer still active at the end of the table is worth, as DERL, the
 * renewals still to come, discounted at DERL_DISCOUNT's default (cohortValue.ts, where a page
 * values it at another rate). Time in the table's periods.
 */
import { sbgSurvival, type SbgParameters } from '../fit/shiftedBetaGeometric.ts';
import { cohortValue, DERL_DISCOUNT, type CohortValue } from './cohortValue.ts';

export interface CohortSurvival extends CohortValue {
  /** Share still active after period t, t = 0 … the table's last period. */
  actual: number[];
  /** The model's share, t = 0 … `projected` periods. */
  model: number[];
  /** Periods the table covers. */
  observed: number;
  /** The fitted parameters, for valuing a customer at another discount rate (cohortValue.ts). */
  parameters: SbgParameters;
  /** The rate residualRenewals and newCustomerRenewals are discounted at (DERL_DISCOUNT's default). */
  discountRate: number;
}

/** The table's own periods and as many again projected, at least 10 periods in all. */
export function cohortSurvival(active: readonly number[], parameters: SbgParameters): CohortSurvival {
  const observed = active.length - 1;
  return {
    actual: active.map((count) => count / active[0]!),
    model: sbgSurvival(parameters, Math.max(10, 2 * observed)),
    observed,
    parameters: { alpha: parameters.alpha, beta: parameters.beta },
    discountRate: DERL_DISCOUNT.default,
    ...cohortValue(parameters, observed, DERL_DISCOUNT.default),
  };
}
