/**
 * Every model that applies to a user's data, fitted side by side so that they can be compared:
 * BG/NBD and Pareto/NBD on a customer base, Gamma-Gamma where spend is known, sBG on a cohort
 * table; each with its estimates, log-likelihood and AIC (2k − 2 ln L; lower is better, and
 * comparable between the two purchase models, which read the same data).
 */
import { fitBgNbd } from './bgnbd.ts';
import { fitGammaGamma } from './gammaGamma.ts';
import type { Estimate, Fit } from './maximumLikelihood.ts';
import { fitParetoNbd } from './paretoNbd.ts';
import type { RecencyFrequency } from './recencyFrequency.ts';
import { fitSbg } from './shiftedBetaGeometric.ts';

export const MODEL_IDS = ['bgnbd', 'pareto', 'gg', 'sbg'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export interface ModelFit {
  model: ModelId;
  estimates: Record<string, Estimate>;
  logLikelihood: number;
  aic: number;
}

function summary(model: ModelId, fit: Fit<string>): ModelFit {
  return { model, estimates: fit.estimates, logLikelihood: fit.logLikelihood, aic: 2 * fit.parameterCount - 2 * fit.logLikelihood };
}

/** The purchase and spend models of a customer base: `models` of bgnbd, pareto and gg (gg only with spend). */
export function fitCustomerBase(base: RecencyFrequency & { meanSpend: ArrayLike<number> | null }, models: readonly ModelId[]): ModelFit[] {
  const fits: ModelFit[] = [];
  if (models.includes('bgnbd')) fits.push(summary('bgnbd', fitBgNbd(base)));
  if (models.includes('pareto')) fits.push(summary('pareto', fitParetoNbd(base)));
  if (models.includes('gg') && base.meanSpend) fits.push(summary('gg', fitGammaGamma({ x: base.x, meanSpend: base.meanSpend })));
  return fits;
}

export function fitCohortTable(active: readonly number[]): ModelFit {
  return summary('sbg', fitSbg(active));
}
