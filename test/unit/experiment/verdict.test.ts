/**
 * An experiment's results in words, as the view shows them: where B pays over the whole sweep
 * (never, always, at some points and, for one number, where the median crosses zero), one
 * point's numbers, an axis's title and what is measured.
 */
import { describe, expect, it } from 'vitest';
import { axisFromText, type Axis } from '../../../src/experiment/axis.ts';
import type { PointSummary } from '../../../src/experiment/results.ts';
import { axisTitle, describePoint, measuredText, regionSentence } from '../../../src/app/state/experimentVerdict.ts';

function axis(text: string): Axis {
  const checked = axisFromText(text, true);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

const spend = axis('B.acquisition.spendPerWeek=500:2500:5');
const summary = (point: number, median: number, shareBAhead: number): PointSummary => ({
  point,
  values: [spend.values[point]],
  seeds: 5,
  median,
  low: median - 10,
  high: median + 10,
  shareBAhead,
});

describe('the sentence on where B pays', () => {
  it('says B never comes out ahead, or always and clearly', () => {
    expect(regionSentence([spend], [0, 1, 2, 3, 4].map((point) => summary(point, -100, 0)), 5)).toMatch(/behind A at every one of the 5 points/);
    expect(regionSentence([spend], [0, 1, 2, 3, 4].map((point) => summary(point, 100, 1)), 5)).toMatch(/ahead of A at all 5 points/);
  });

  it('counts the points B is ahead and clearly ahead, and says where the median crosses zero', () => {
    const medians = [300, 100, -100, -300, -500];
    const sentence = regionSentence([spend], medians.map((median, point) => summary(point, median, median > 0 ? (point === 0 ? 1 : 0.6) : 0)), 5);
    expect(sentence).toContain('B comes out ahead of A at 2 of 5 points (median over 5 seeds), clearly (in at least 9 of 10 seeds) at 1.');
    // Halfway between 1,000 (+100) and 1,500 (−100).
    expect(sentence).toContain('The median crosses zero near B.acquisition.spendPerWeek = 1,250.');
  });

  it('waits until every point is complete', () => {
    expect(regionSentence([spend], [summary(0, 1, 1), null, null, null, null], 5)).toBeNull();
  });
});

describe('a point, an axis and the measure in words', () => {
  it('gives a point’s median, band, seeds and share of seeds B is ahead', () => {
    const text = describePoint([spend], summary(1, 1234, 0.8), [1000], 'Profit since week 0, B − A', '$');
    expect(text).toBe('B.acquisition.spendPerWeek = 1,000: Profit since week 0, B − A median $1,234 (10–90% of seeds: $1,224 to $1,244) over 5 seeds. B ahead in 80% of seeds.');
  });

  it('titles an axis with its label, set-up and unit, and names the measure', () => {
    expect(axisTitle(spend, true)).toBe('Marketing spend (B), $ per week');
    expect(axisTitle(spend, false)).toBe('Marketing spend, $ per week');
    expect(measuredText({ series: 'cumulativeProfit', at: { kind: 'end' }, of: 'B-A' })).toBe('Profit since week 0, B − A');
  });
});
