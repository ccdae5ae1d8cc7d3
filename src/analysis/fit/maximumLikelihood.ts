/**
 * Maximum-likelihood fitting of a model with positive parameters: the negative log-likelihood is
 * minimised over the parameters' logarithms (so every step stays positive) by the simplex
 * (nelderMead.ts), restarted from its own answer until a restart no longer improves it, as a
 * simplex can stall before the minimum. Standard errors come from the observed information in the
 * natural parameters (covariance.ts). A large base is first fitted on an evenly spread sample of
 * its customers (`warmStart`), and the whole base from there by Newton's method (newton.ts): a few
 * steps instead of the simplex's hundreds of evaluations of the whole base's likelihood.
 */
import { inverseOfPositiveDefinite, numericHessian } from './covariance.ts';
import { nelderMead } from './nelderMead.ts';
import { newtonMinimum } from './newton.ts';
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

/** Above this many customers a base is fitted on a sample first (`warmStart`) … */
export const LARGE_BASE = 20_000;
/** … of about this many customers, evenly spread over the base. */
const SAMPLE_SIZE = 10_000;
/** The simplex's first step (in log-parameters) from a start point found on a sample. */
const WARM_STEP = 0.1;

/** Where to start the search, how large the simplex's first step, and when it has converged. */
export interface Start {
  values: readonly number[];
  step: number;
  /** The simplex's tolerance on its vertices, in log-parameters (nelderMead.ts's default when left out). */
  pointTolerance?: number;
  /** Near the minimum already (a sample's fit): finish by Newton's method (newton.ts), the simplex only if it fails. */
  near?: boolean;
}

/**
 * The simplex's tolerance on its vertices when it fits a large base's sample (and the whole base,
 * should Newton's method fail): a millionth of each parameter, far below a standard error at
 * 10,000 customers (a few percent), where the simplex's last digits would take most of its
 * evaluations.
 */
const WARM_POINT_TOLERANCE = 1e-6;

/** Every k-th entry of `count`, k chosen for about SAMPLE_SIZE entries: the sample of `warmStart`. */
export function sampleIndices(count: number): Uint32Array {
  const every = Math.ceil(count / SAMPLE_SIZE);
  return Uint32Array.from({ length: Math.ceil(count / every) }, (_, index) => index * every);
}

/**
 * The start of the search on a base of `count` customers: `start` itself for a base up to
 * LARGE_BASE, else the maximum of `sampleLikelihood` (the likelihood of the customers of
 * sampleIndices(count)) searched from `start`, with a smaller first step.
 */
export function warmStart(count: number, start: readonly number[], sampleLikelihood: () => (parameters: readonly number[]) => number): Start {
  if (count <= LARGE_BASE) return { values: start, step: 0.5 };
  const sampled = maximise(sampleLikelihood(), { values: start, step: 0.5, pointTolerance: WARM_POINT_TOLERANCE });
  return { values: sampled.values, step: WARM_STEP, pointTolerance: WARM_POINT_TOLERANCE, near: true };
}

/** The maximum of `logLikelihood` over positive parameters, searched over their logarithms from `start`. */
function maximise(logLikelihood: (parameters: readonly number[]) => number, start: Start): { values: number[]; value: number; evaluations: number } {
  if (!Number.isFinite(logLikelihood(start.values))) throw new Error('the log-likelihood is not finite at the start point');
  const objective = (logs: readonly number[]) => -logLikelihood(logs.map((value) => exp(value)));
  if (start.near) {
    const polished = newtonMinimum(objective, start.values.map((value) => log(value)));
    if (polished) return { values: polished.x.map((value) => exp(value)), value: -polished.value, evaluations: polished.evaluations };
  }
  let evaluations = 0;
  const { pointTolerance } = start;
  let best = nelderMead(objective, start.values.map((value) => log(value)), { step: start.step, pointTolerance });
  evaluations += best.evaluations;
  for (let restart = 0; restart < MAX_RESTARTS; restart++) {
    const again = nelderMead(objective, best.x, { step: 0.1, pointTolerance });
    evaluations += again.evaluations;
    const improved = best.value - again.value > 1e-10 * (1 + Math.abs(best.value));
    if (again.value <= best.value) best = again;
    if (!improved) break;
  }
  return { values: best.x.map((value) => exp(value)), value: -best.value, evaluations };
}

/**
 * The estimates that maximise `logLikelihood` (a function of the parameters in `names`' order),
 * searched from `start` (positive values; a bare list starts with the simplex's usual step).
 * Throws if the likelihood is not finite at the start.
 */
export function fitPositive<Name extends string>(
  names: readonly Name[],
  logLikelihood: (parameters: readonly number[]) => number,
  start: readonly number[] | Start,
): Fit<Name> {
  const { values, value, evaluations } = maximise(logLikelihood, 'step' in start ? start : { values: start, step: 0.5 });
  const covariance = inverseOfPositiveDefinite(numericHessian((parameters) => -logLikelihood(parameters), values));
  const estimates = {} as Record<Name, Estimate>;
  names.forEach((name, index) => {
    const variance = covariance?.[index]?.[index];
    estimates[name] = { value: values[index]!, standardError: variance !== undefined && variance > 0 ? Math.sqrt(variance) : null };
  });
  return { estimates, logLikelihood: value, parameterCount: names.length, evaluations };
}
