/**
 * An experiment in the address: written, read back to the same axes, seeds and measure; any
 * query at all is read without an error, keeping the valid parts and naming each ignored one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Axis } from '../../../src/experiment/axis.ts';
import { axis } from '../../support/experimentAxes.ts';
import { experimentQuery, readExperimentQuery } from '../../../src/experiment/link.ts';
import { parseMeasure } from '../../../src/experiment/measure.ts';

describe('an experiment\'s link', () => {
  it('reads back what it wrote', () => {
    const measure = parseMeasure('B.customers@52', 156, true);
    if (!measure.ok) throw new Error(measure.error);
    const parts = { axes: [axis('B.bonusBank.earnRate=0.01:0.07:7'), axis('discount.enabled=false,true')], repetitions: 12, measure: measure.value };
    const query = new URLSearchParams(experimentQuery(parts));
    expect(query.toString()).toBe('sweep=B.bonusBank.earnRate%3D0.01%3A0.07%3A7&sweep=discount.enabled%3Dfalse%2Ctrue&sweepSeeds=12&measure=B.customers%4052');
    expect(readExperimentQuery(query, 156, true)).toEqual({ parts, ignored: [] });
  });

  it('keeps the valid parts of a bad link and says why it ignored each other part', () => {
    const query = new URLSearchParams('sweep=discount.rate=0:9:3&sweep=discount.rate=0:0.1:3&sweep=A.discount.rate=0:0.2:3&sweepSeeds=9999&measure=nothing');
    const read = readExperimentQuery(query, 156, true);
    expect(read.parts.axes.map((kept) => kept.values)).toEqual([[0, 0.05, 0.1]]);
    expect(read.parts.repetitions).toBe(5);
    expect(read.parts.measure).toEqual({ series: 'cumulativeProfit', at: { kind: 'end' }, of: 'B-A' });
    expect(read.ignored.map((part) => part.reason)).toEqual([
      expect.stringMatching(/from 0 to 0\.5/),
      expect.stringMatching(/swept already/),
      expect.stringMatching(/1 to 200/),
      expect.stringMatching(/not a series/),
    ]);
  });

  it('reads any query without an error', () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('discount.rate=0:0.5:41', 'B.x=1,2', 'a=b=c', ':::', 'customers@', 'B-A.profit:sum'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('sweep', 'sweepSeeds', 'measure'), value), { maxLength: 6 }), fc.boolean(), (entries, hasB) => {
        const read = readExperimentQuery(new URLSearchParams(entries), 156, hasB);
        expect(read.parts.axes.length).toBeLessThanOrEqual(2);
        expect(read.parts.axes.length + read.ignored.length).toBeGreaterThanOrEqual(entries.filter(([key]) => key === 'sweep').length);
      }),
      { numRuns: 300 },
    );
  });
});
