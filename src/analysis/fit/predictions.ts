/**
 * What a fitted BG/NBD model says of each customer: the probability that they are still a
 * customer, their expected purchases in the next `horizon` weeks, their expected spend per
 * purchase (Gamma-Gamma, where spend was fitted) and so the expected revenue over the horizon.
 * Time in weeks, money in the data's currency.
 */
import { bgnbdConditionalPurchases, bgnbdProbabilityAlive, type BgNbdParameters } from './bgnbd.ts';
import { gammaGammaExpectedSpend, type GammaGammaParameters } from './gammaGamma.ts';
import type { RecencyFrequency } from './recencyFrequency.ts';

export interface CustomerPredictions {
  probabilityAlive: Float64Array;
  expectedPurchases: Float64Array;
  /** Null without a spend model. */
  expectedSpend: Float64Array | null;
  expectedRevenue: Float64Array | null;
}

export function predictCustomers(
  base: RecencyFrequency & { meanSpend: ArrayLike<number> | null },
  purchases: BgNbdParameters,
  spend: GammaGammaParameters | null,
  horizon: number,
): CustomerPredictions {
  const n = base.x.length;
  const probabilityAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  const withSpend = spend !== null && base.meanSpend !== null;
  const expectedSpend = withSpend ? new Float64Array(n) : null;
  const expectedRevenue = withSpend ? new Float64Array(n) : null;
  for (let customer = 0; customer < n; customer++) {
    const [x, tx, T] = [base.x[customer]!, base.tx[customer]!, base.T[customer]!];
    probabilityAlive[customer] = bgnbdProbabilityAlive(purchases, x, tx, T);
    expectedPurchases[customer] = bgnbdConditionalPurchases(purchases, horizon, x, tx, T);
    if (expectedSpend && expectedRevenue) {
      expectedSpend[customer] = gammaGammaExpectedSpend(spend!, x, base.meanSpend![customer]!);
      expectedRevenue[customer] = expectedSpend[customer]! * expectedPurchases[customer]!;
    }
  }
  return { probabilityAlive, expectedPurchases, expectedSpend, expectedRevenue };
}
