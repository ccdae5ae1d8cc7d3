/**
 * Newton's method for the last digits of a smooth minimum: from a point near it (a fit on a sample
 * of the customers, maximumLikelihood.ts), each step solves H·d = −g with the gradient and Hessian
 * by central differences (covariance.ts) and halves d until the function falls. It converges in a
 * few steps where the simplex would crawl for hundreds of evaluations. Null when the Hessian is not
 * positive definite on the way (not near a minimum): the caller then searches by the simplex.
 */
import { inverseOfPositiveDefinite, numericDerivatives } from './covariance.ts';
import type { Minimum } from './nelderMead.ts';

/** The finite-difference step in each coordinate (log-parameters: a ten-thousandth of each parameter). */
const STEP = 1e-4;
/** Stop when the step would lower the function by less than this, relative to its size. */
const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 20;
/** Halvings of a step that does not lower the function before giving up on it. */
const MAX_HALVINGS = 30;

export function newtonMinimum(f: (x: readonly number[]) => number, start: readonly number[]): Minimum | null {
  let evaluations = 0;
  const counted = (x: readonly number[]) => {
    evaluations++;
    return f(x);
  };
  let x = [...start];
  let value = counted(x);
  if (!Number.isFinite(value)) return null;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const { gradient, hessian } = numericDerivatives(counted, x, x.map(() => STEP));
    const inverse = inverseOfPositiveDefinite(hessian);
    if (!inverse) return null;
    const step = inverse.map((row) => -row.reduce((sum, entry, j) => sum + entry * gradient[j]!, 0));
    const decrease = -step.reduce((sum, entry, i) => sum + entry * gradient[i]!, 0) / 2;
    if (!(decrease > TOLERANCE * (1 + Math.abs(value)))) return { x, value, evaluations };
    let taken = false;
    for (let halving = 0, scale = 1; halving < MAX_HALVINGS; halving++, scale /= 2) {
      const candidate = x.map((coordinate, i) => coordinate + scale * step[i]!);
      const candidateValue = counted(candidate);
      if (candidateValue < value) {
        x = candidate;
        value = candidateValue;
        taken = true;
        break;
      }
    }
    if (!taken) return { x, value, evaluations };
  }
  return { x, value, evaluations };
}
