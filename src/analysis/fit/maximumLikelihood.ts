/**
 * Maximum-likelihood fitting of a model with positive parameters: the negative log-likelihood is
 * minimised over the parameters' logarithms (so every step stays positive) by the simplex
 * (nelderMead.ts), restarted from its own answer until a restart no longer improves it, as a
 * simplex can stall before the minimum. Standard errors come from the observed information in the
 * natural parameters (covariance.ts).
 */
import { inverseOfPositiveDefinite, numericHessian } from './covariance.ts';
import { nelderMead } from './nelderMead.ts';
import { exp, log } from '../../sim/math/index.ts';

export interface Estimate {
  value: number;
  /** The asymptotic standard error, or null when the information matrix is singular. */
  standardError: number | null;
}

export interface Fit<Name extends string> {
  estimates: Record<Name, Estimate>;
  /** The log-likelihood at the estimates (natural logarithm). */
  logLikelihood: number;
  /** The number of parameters, for comparing fits by AIC or BIC. */
  parameterCount: number;
  /** How many times the log-likelihood was evaluated. */
  evaluations: number;
}

/** At most this many restarts of the simplex. */
const MAX_RESTARTS = 8;

/**
 * The estimates that maximise `logLikelihood` (a function of the parameters in `names`' order),
 * searched from `start` (positive values). Throws if the likelihood is not finite at the start.
 */
export function fitPositive<Name extends string>(
  names: readonly Name[],
  logLikelihood: (parameters: readonly number[]) => number,
  start: readonly number[],
): Fit<Name> {
  if (!Number.isFinite(logLikelihood(start))) throw new Error('the log-likelihood is not finite at the start point');
  const objective = (logs: readonly number[]) => -logLikelihood(logs.map((value) => exp(value)));
  let evaluations = 0;
  let best = nelderMead(objective, start.map((value) => log(value)));
  evaluations += best.evaluations;
  for (let restart = 0; restart < MAX_RESTARTS; restart++) {
    const again = nelderMead(objective, best.x, { step: 0.1 });
    evaluations += again.evaluations;
    const improved = best.value - again.value > 1e-10 * (1 + Math.abs(best.value));
    if (again.value <= best.value) best = again;
    if (!improved) break;
  }
  const values = best.x.map((value) => exp(value));
  const covariance = inverseOfPositiveDefinite(numericHessian((parameters) => -logLikelihood(parameters), values));
  const estimates = {} as Record<Name, Estimate>;
  names.forEach((name, index) => {
    const variance = covariance?.[index]?.[index];
    estimates[name] = { value: values[index]!, standardError: variance !== undefined && variance > 0 ? Math.sqrt(variance) : null };
  });
  return { estimates, logLikelihood: -best.value, parameterCount: names.length, evaluations };
}
