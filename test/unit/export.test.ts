/**
 * The sandbox's exported files: the CSV has one row a week and the CLI's numbers, with the
 * configuration in comments; compare mode puts A and B side by side; the configuration file names
 * only what differs from the defaults.
 */
import { describe, expect, it } from 'vitest';
import { configurationFile, seriesFile } from '../../src/app/export/files.ts';
import { resultAsCsv } from '../../src/cli/output.ts';
import { seriesNames } from '../../src/sim/metrics/series.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { params } from '../support/runs.ts';

const a = simulate({ seed: 8, weeks: 20, people: 500, params: params() });
const b = simulate({ seed: 8, weeks: 20, people: 500, params: params({ 'discount.enabled': true }) });

describe('exported files', () => {
  it('writes the same rows as the CLI under comment lines giving the configuration', () => {
    const file = seriesFile(a, null);
    const text = file.content as string;
    const comments = text.split('\n').filter((line) => line.startsWith('#'));
    expect(comments[0]).toContain('seed 8, 20 weeks, 500 people');
    expect(comments[1]).toContain('all parameters at their defaults');
    const rows = text.split('\n').filter((line) => !line.startsWith('#'));
    expect(rows.join('\n')).toBe(resultAsCsv(a));
    expect(file.name).toBe('retention-lab-seed8.csv');
  });

  it('puts A and B side by side in compare mode and names what B changed', () => {
    const text = seriesFile(a, b).content as string;
    const header = text.split('\n').find((line) => line.startsWith('week,'))!;
    expect(header.split(',')).toHaveLength(1 + 2 * seriesNames.length);
    expect(header).toContain('customers A,customers B');
    expect(text).toContain('# B: discount.enabled=true');
  });

  it('saves the configuration with only the changed parameters', () => {
    const saved = JSON.parse(configurationFile(a, b).content as string);
    expect(saved).toMatchObject({ app: 'retention-lab', seed: 8, weeks: 20, people: 500, a: {}, b: { 'discount.enabled': true } });
  });
});
