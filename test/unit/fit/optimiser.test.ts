/**
 * The fitting machinery: the simplex finds the minimum of hard and of partly undefined functions;
 * the finite-difference Hessian and its inverse give the covariance of a known quadratic, and no
 * covariance where the surface is not a minimum; maximum likelihood on positive parameters
 * recovers a known answer with its textbook standard error.
 */
import { describe, expect, it } from 'vitest';
import { inverseOfPositiveDefinite, numericHessian } from '../../../src/analysis/fit/covariance.ts';
import { fitPositive } from '../../../src/analysis/fit/maximumLikelihood.ts';
import { nelderMead } from '../../../src/analysis/fit/nelderMead.ts';

describe('nelderMead', () => {
  it("finds the bottom of Rosenbrock's valley, (1, 1), from (−1.2, 1)", () => {
    const rosenbrock = ([x, y]: readonly number[]) => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2;
    const minimum = nelderMead(rosenbrock, [-1.2, 1]);
    expect(minimum.x[0]).toBeCloseTo(1, 6);
    expect(minimum.x[1]).toBeCloseTo(1, 6);
    expect(minimum.value).toBeLessThan(1e-12);
  });

  it('treats a point where the function is not a number as infinitely bad, and stays out', () => {
    const logBowl = ([x]: readonly number[]) => (x! - 2) ** 2 - Math.log(x!);
    const minimum = nelderMead(logBowl, [0.3], { step: 1 });
    // d/dx: 2(x − 2) − 1/x = 0 → x = (2 + √6)/2.
    expect(minimum.x[0]).toBeCloseTo((2 + Math.sqrt(6)) / 2, 6);
  });

  it('stops at its evaluation budget', () => {
    const minimum = nelderMead(([x, y]) => x! * x! + y! * y!, [5, 5], { maxEvaluations: 30 });
    expect(minimum.evaluations).toBeLessThanOrEqual(32);
  });
});

describe('the covariance of estimates', () => {
  it('reads the Hessian of a quadratic and inverts it', () => {
    // f = ½ xᵀ A x with A = [[4, 1], [1, 3]].
    const f = ([x, y]: readonly number[]) => 0.5 * (4 * x! * x! + 2 * x! * y! + 3 * y! * y!);
    const hessian = numericHessian(f, [0.7, -0.4]);
    expect(hessian[0]![0]).toBeCloseTo(4, 5);
    expect(hessian[0]![1]).toBeCloseTo(1, 5);
    expect(hessian[1]![1]).toBeCloseTo(3, 5);
    const inverse = inverseOfPositiveDefinite([[4, 1], [1, 3]])!;
    expect(inverse[0]![0]).toBeCloseTo(3 / 11, 12);
    expect(inverse[0]![1]).toBeCloseTo(-1 / 11, 12);
    expect(inverse[1]![1]).toBeCloseTo(4 / 11, 12);
  });

  it('gives none at a saddle', () => {
    expect(inverseOfPositiveDefinite([[1, 0], [0, -1]])).toBeNull();
  });
});

describe('fitPositive', () => {
  it("recovers an exponential rate as 1/mean, with standard error rate/√n", () => {
    const waits = [0.5, 1.5, 2, 0.25, 0.75, 3, 1, 1];
    const n = waits.length;
    const total = waits.reduce((sum, wait) => sum + wait, 0);
    const fit = fitPositive(['rate'], ([rate]) => n * Math.log(rate!) - rate! * total, [5]);
    expect(fit.estimates.rate.value).toBeCloseTo(n / total, 7);
    expect(fit.estimates.rate.standardError!).toBeCloseTo(n / total / Math.sqrt(n), 5);
    expect(fit.logLikelihood).toBeCloseTo(n * Math.log(n / total) - n, 8);
  });

  it('refuses a start where the likelihood is not finite', () => {
    expect(() => fitPositive(['rate'], () => Number.NaN, [1])).toThrow(/not finite at the start/);
  });
});
