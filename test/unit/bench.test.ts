/**
 * The benchmark measures what it says: a small case yields a time, a rate per person-week and the
 * memory held per person (the goals themselves are measured by `npm run bench`, not asserted).
 */
import { describe, expect, it } from 'vitest';
import { measureCase } from '../../src/cli/benchCase.ts';
import { sweepBenchExperiment, sweepTable } from '../../src/cli/benchSweep.ts';
import { planExperiment } from '../../src/experiment/plan.ts';
import { Population } from '../../src/sim/model/population.ts';

describe('the benchmark', () => {
  it('reports time per person-week and memory per person for a case', async () => {
    const result = await measureCase({ people: 2000, weeks: 20, threads: 1 });
    expect(result.milliseconds).toBeGreaterThan(0);
    expect(result.nanosecondsPerPersonWeek).toBeCloseTo((result.milliseconds * 1e6) / (2000 * 20), 6);
    expect(result.stateBytesPerPerson).toBe(Population.bytesPerPerson());
  });

  it('times a sweep of 1,000 classroom-size runs against one, and says whether it meets 20 times', () => {
    const plan = planExperiment(sweepBenchExperiment(10));
    expect(plan.runs).toHaveLength(1000);
    expect(plan.runs.every((run) => run.people === 10_000 && run.weeks === 156)).toBe(true);
    expect(sweepTable({ runs: 1000, threads: 2, oneRunMs: 80, sweepMs: 1500, ratio: 18.75 })).toMatch(/\| 18\.8 \| meets 20× \|/);
    expect(sweepTable({ runs: 1000, threads: 2, oneRunMs: 80, sweepMs: 36000, ratio: 450 })).toMatch(/over 20×/);
  });

  it('keeps the state of a person under the 150-byte budget', () => {
    expect(Population.bytesPerPerson()).toBeLessThanOrEqual(150);
  });
});
