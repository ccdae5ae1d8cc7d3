/**
 * The sandbox's summary numbers: at a week of a run they are what a run that ended that week
 * reports, at the end they are the run's own summary, and in compare mode the difference is
 * B − A. Shares of the bonus bank appear only when a bank is on.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/index.ts';
import { metricRows, summaryAt } from '../../../src/app/state/sandboxSummary.ts';
import { params } from '../../support/runs.ts';

const config = { seed: 3, people: 600, params: params({ 'bonusBank.enabled': true }) };

describe('the summary numbers of the sandbox', () => {
  it('at week w are the summary of the same run stopped after week w', () => {
    const long = simulate({ ...config, weeks: 40 });
    for (const week of [0, 12, 25]) {
      const short = simulate({ ...config, weeks: week + 1 });
      expect(summaryAt(long, week), `week ${week}`).toEqual(short.summary);
    }
  });

  it('at the end are the run’s own summary', () => {
    const run = simulate({ ...config, weeks: 20 });
    expect(summaryAt(run, null)).toBe(run.summary);
    expect(summaryAt(run, 19)).toBe(run.summary);
  });

  it('give B − A in compare mode, and the bank’s figures only when a bank is on', () => {
    const a = simulate({ ...config, weeks: 20, params: params() }).summary;
    const b = simulate({ ...config, weeks: 20 }).summary;
    const rows = metricRows(a, b, true);
    const profit = rows.find((row) => row.name === 'cumulativeProfit')!;
    expect(profit.diff).toBe(b.cumulativeProfit - a.cumulativeProfit);
    expect(profit.textDiff.startsWith(profit.diff! > 0 ? '+' : '-')).toBe(true);
    expect(rows.some((row) => row.name === 'pointsLiability')).toBe(true);
    expect(metricRows(a, null, false).some((row) => row.name === 'pointsLiability')).toBe(false);
    expect(metricRows(null, null, false).every((row) => row.textA === '—')).toBe(true);
  });
});
