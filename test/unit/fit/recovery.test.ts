/**
 * The round trip "simulate → fit → recover": a cohort run by model 2 with its purchase-linked
 * dropout (BG/NBD's process, at Fader, Hardie & Lee's CDNOW estimates) is read as each person's
 * repeat purchases x, last purchase tₓ and T, the run's 78 weeks (joining at week 0 counts as the
 * first purchase), and fitted; each true parameter lies in the band of 30 bootstrap refits
 * (customers resampled with replacement, seeded).
 */
import seedrandom from 'seedrandom';
import { beforeAll, describe, expect, it } from 'vitest';
import { BGNBD_PARAMETERS, fitBgNbd, type BgNbdParameters } from '../../../src/analysis/fit/bgnbd.ts';
import type { RecencyFrequency } from '../../../src/analysis/fit/recencyFrequency.ts';
import { cohortRuns, type CohortPurchases } from '../../support/buyTillYouDie.ts';
import { onlyDrift } from '../../support/runs.ts';

const WEEKS = 78;
const PEOPLE = 4000;
const TRUE: BgNbdParameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const BOOTSTRAPS = 30;

function histories(run: CohortPurchases): RecencyFrequency {
  const x = new Float64Array(run.people);
  const tx = new Float64Array(run.people);
  for (let person = 0; person < run.people; person++) {
    const first = run.firstRow[person]!;
    const end = run.firstRow[person + 1]!;
    x[person] = end - first;
    tx[person] = end > first ? run.times[end - 1]! : 0;
  }
  return { x, tx, T: new Float64Array(run.people).fill(WEEKS) };
}

function resampled(base: RecencyFrequency, random: () => number): RecencyFrequency {
  const n = base.x.length;
  const pick = Uint32Array.from({ length: n }, () => Math.floor(random() * n));
  return { x: Float64Array.from(pick, (i) => base.x[i]!), tx: Float64Array.from(pick, (i) => base.tx[i]!), T: Float64Array.from(pick, (i) => base.T[i]!) };
}

describe('a BG/NBD cohort simulated by model 2, then fitted', () => {
  let base: RecencyFrequency;
  let bands: Record<keyof BgNbdParameters, [number, number]>;
  let estimate: BgNbdParameters;
  beforeAll(() => {
    const setup = {
      ...onlyDrift,
      'churn.alpha': 0,
      'churn.dropoutEnabled': true,
      'churn.dropoutA': TRUE.a,
      'churn.dropoutB': TRUE.b,
      'purchases.rateShape': TRUE.r,
      'purchases.ratePerWeek': TRUE.r / TRUE.alpha,
    };
    base = histories(cohortRuns(setup, [1], PEOPLE, WEEKS)[0]!);
    const fit = fitBgNbd(base).estimates;
    estimate = { r: fit.r.value, alpha: fit.alpha.value, a: fit.a.value, b: fit.b.value };
    const random = seedrandom('bootstrap');
    const refits = Array.from({ length: BOOTSTRAPS }, () => fitBgNbd(resampled(base, random)).estimates);
    bands = {} as typeof bands;
    for (const name of BGNBD_PARAMETERS) {
      const values = refits.map((refit) => refit[name].value).sort((left, right) => left - right);
      bands[name] = [values[0]!, values[values.length - 1]!];
    }
  }, 60_000);

  it('recovers r, α, a and b: each true value lies in its bootstrap band', () => {
    for (const name of BGNBD_PARAMETERS) {
      const [low, high] = bands[name];
      expect(TRUE[name], `${name}: estimate ${estimate[name]}, band ${low} … ${high}`).toBeGreaterThanOrEqual(low);
      expect(TRUE[name], `${name}: estimate ${estimate[name]}, band ${low} … ${high}`).toBeLessThanOrEqual(high);
    }
  });

  it('has bands that say something: each narrower than the value itself', () => {
    for (const name of BGNBD_PARAMETERS) expect(bands[name][1] - bands[name][0]).toBeLessThan(TRUE[name]);
  });
});
