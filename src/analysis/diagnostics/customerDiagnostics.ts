/**
 * Everything the "Your customers" view draws from a fit of a customer base, computed where the fit
 * is (in the worker): the histogram of repeat purchases and the forecast of the next year under
 * BG/NBD (and Gamma-Gamma for spend), and for a file of transactions the tracking plot under each
 * purchase model fitted. Time in weeks, money in the data's currency.
 */
import { bgnbdExpectedPurchases, type BgNbdParameters } from '../fit/bgnbd.ts';
import type { ModelFit } from '../fit/fitModels.ts';
import type { GammaGammaParameters } from '../fit/gammaGamma.ts';
import { paretoNbdExpectedPurchases, type ParetoNbdParameters } from '../fit/paretoNbd.ts';
import { predictCustomers } from '../fit/predictions.ts';
import type { RecencyFrequency } from '../fit/recencyFrequency.ts';
import type { CustomerBase } from '../import/summarise.ts';
import { forecastOf, type Forecast } from './forecast.ts';
import { repeatHistogram, type RepeatHistogram } from './repeatHistogram.ts';
import { trackingOf, type Tracking } from './tracking.ts';

/** The forecast's horizon: a year, in weeks. */
export const FORECAST_WEEKS = 52;

export interface CustomerDiagnostics {
  histogram: RepeatHistogram;
  forecast: Forecast;
  /** Null for a customer summary, which has no dates. */
  tracking: Tracking | null;
}

/** A fit's estimates by name. */
export function estimatesOf<Parameters>(fit: ModelFit): Parameters {
  return Object.fromEntries(Object.entries(fit.estimates).map(([name, estimate]) => [name, estimate.value])) as Parameters;
}

type TrackedBase = Pick<CustomerBase, 'firstDay' | 'weeklyRepeats' | 'origin' | 'calibrationEnd'>;

/** The diagnostics of a base, or null where BG/NBD was not fitted (they stand on it). */
export function customerDiagnostics(
  base: RecencyFrequency & { meanSpend: ArrayLike<number> | null },
  fits: readonly ModelFit[],
  dated: TrackedBase | null,
): CustomerDiagnostics | null {
  const bgnbd = fits.find((fit) => fit.model === 'bgnbd');
  if (!bgnbd) return null;
  const purchases = estimatesOf<BgNbdParameters>(bgnbd);
  const spendFit = fits.find((fit) => fit.model === 'gg');
  const spend = spendFit ? estimatesOf<GammaGammaParameters>(spendFit) : null;
  const pareto = fits.find((fit) => fit.model === 'pareto');
  const models = [{ model: 'bgnbd', expectedPurchases: (t: number) => bgnbdExpectedPurchases(purchases, t) }];
  if (pareto) {
    const parameters = estimatesOf<ParetoNbdParameters>(pareto);
    models.push({ model: 'pareto', expectedPurchases: (t: number) => paretoNbdExpectedPurchases(parameters, t) });
  }
  return {
    histogram: repeatHistogram(base, purchases),
    forecast: forecastOf(predictCustomers(base, purchases, spend, FORECAST_WEEKS), FORECAST_WEEKS),
    tracking: dated ? trackingOf(dated, models) : null,
  };
}
