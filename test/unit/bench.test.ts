/**
 * The benchmark measures what it says: a small case yields a time, a rate per person-week and the
 * memory held per person (the goals themselves are measured by `npm run bench`, not asserted).
 */
import { describe, expect, it } from 'vitest';
import { measureCase } from '../../src/cli/benchCase.ts';
import { Population } from '../../src/sim/model/population.ts';

describe('the benchmark', () => {
  it('reports time per person-week and memory per person for a case', async () => {
    const result = await measureCase({ people: 2000, weeks: 20, threads: 1 });
    expect(result.milliseconds).toBeGreaterThan(0);
    expect(result.nanosecondsPerPersonWeek).toBeCloseTo((result.milliseconds * 1e6) / (2000 * 20), 6);
    expect(result.stateBytesPerPerson).toBe(Population.bytesPerPerson());
  });

  it('keeps the state of a person under the 150-byte budget', () => {
    expect(Population.bytesPerPerson()).toBeLessThanOrEqual(150);
  });
});
