/**
 * Fitting a large base (over 20,000 customers): a sample's fit first, then Newton's method on the
 * whole. CDNOW's customers taken ten times over have CDNOW's maximum-likelihood estimates exactly
 * (the likelihood is ten times CDNOW's) and standard errors √10 times smaller, so the fast path
 * must land where the simplex lands on CDNOW itself; Newton's method finds a known minimum in a few
 * steps and declines a surface that is not one; Pareto/NBD is left out of a large file's default
 * fits, and fitted when asked for.
 */
import { describe, expect, it } from 'vitest';
import { BGNBD_PARAMETERS, fitBgNbd } from '../../../src/analysis/fit/bgnbd.ts';
import { fitGammaGamma, GAMMA_GAMMA_PARAMETERS } from '../../../src/analysis/fit/gammaGamma.ts';
import { LARGE_BASE, type Estimate } from '../../../src/analysis/fit/maximumLikelihood.ts';
import { newtonMinimum } from '../../../src/analysis/fit/newton.ts';
import { fitFile } from '../../../src/analysis/fitFile.ts';
import { readCdnowHistories } from '../../support/buyTillYouDie.ts';

const cdnow = readCdnowHistories();
const TIMES = 10;
const estimateOf = (fit: { estimates: object }, name: string) => (fit.estimates as Record<string, Estimate>)[name]!;
const repeated = (column: ArrayLike<number>) => Float64Array.from({ length: column.length * TIMES }, (_, index) => column[index % column.length]!);

describe.skipIf(cdnow === null)('CDNOW ten times over', () => {
  const small = cdnow!;
  const large = { x: repeated(small.x), tx: repeated(small.tx), T: repeated(small.T), meanSpend: repeated(small.meanSpend) };

  it('is a large base', () => expect(large.x.length).toBeGreaterThan(LARGE_BASE));

  it('has CDNOW’s BG/NBD and Gamma-Gamma estimates, with standard errors √10 times smaller', () => {
    const cases = [
      [fitBgNbd(small), fitBgNbd(large), BGNBD_PARAMETERS],
      [fitGammaGamma(small), fitGammaGamma(large), GAMMA_GAMMA_PARAMETERS],
    ] as const;
    for (const [once, tenTimes, names] of cases) {
      expect(tenTimes.logLikelihood / TIMES).toBeCloseTo(once.logLikelihood, 4);
      for (const name of names) {
        const [a, b] = [estimateOf(once, name), estimateOf(tenTimes, name)];
        expect(Math.abs(b.value / a.value - 1), name).toBeLessThan(1e-5);
        expect(Math.abs((b.standardError! * Math.sqrt(TIMES)) / a.standardError! - 1), name).toBeLessThan(1e-3);
      }
    }
  });

  it('leaves Pareto/NBD out of a large file’s default fits, says so, and fits it when asked', () => {
    const rows = Array.from(large.x, (x, index) => `${index},${x},${large.tx[index]},${large.T[index]}`);
    const text = `id,frequency,recency,T\n${rows.join('\n')}\n`;
    const byDefault = fitFile(text);
    if (!byDefault.ok || byDefault.value.kind !== 'summary') throw new Error('the summary could not be fitted');
    expect(byDefault.value.fits.map((fit) => fit.model)).toEqual(['bgnbd']);
    expect(byDefault.value.leftOut).toEqual(['pareto']);
    const asked = fitFile(rows.slice(0, 3000).join('\n').replace(/^/, 'id,frequency,recency,T\n'), { models: ['pareto'] });
    expect(asked.ok && asked.value.kind === 'summary' && asked.value.fits.map((fit) => fit.model)).toEqual(['pareto']);
  }, 60_000);
});

describe('newtonMinimum', () => {
  it('finds the minimum of a smooth bowl in a few steps', () => {
    const bowl = ([x, y]: readonly number[]) => (x! - 1) ** 2 + 3 * (y! + 2) ** 2 + 0.5 * (x! - 1) * (y! + 2) + 0.1 * (x! - 1) ** 4;
    const minimum = newtonMinimum(bowl, [0.5, -1.5])!;
    expect(minimum.x[0]).toBeCloseTo(1, 6);
    expect(minimum.x[1]).toBeCloseTo(-2, 6);
    expect(minimum.evaluations).toBeLessThan(100);
  });

  it('declines a saddle, for the caller to search by the simplex', () => {
    expect(newtonMinimum(([x, y]) => x! * x! - y! * y!, [0.1, 0.1])).toBeNull();
  });
});
