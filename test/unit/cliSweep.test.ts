/**
 * `--sweep` from the command line: on worker threads it prints the very rows the experiment gives
 * in this thread (so the app, which runs the same plan on its workers, gives them too); a
 * scenario's sweep measures B − A; progress goes to stderr; bad input is one line and status 2.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';
import { experimentOf } from '../../src/cli/sweepRun.ts';
import { planExperiment } from '../../src/experiment/plan.ts';
import { ExperimentRunner } from '../../src/experiment/runner.ts';
import { experimentCsv } from '../../src/experiment/table.ts';
import { simulate } from '../../src/sim/run/simulate.ts';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function inThisThread(args: string[]): Promise<string> {
  const request = parseCliArgs(args);
  if (!request.ok || !request.value.sweep) throw new Error('not a sweep');
  const experiment = experimentOf(request.value.sweep, request.value.config, request.value.scenario);
  if (!experiment.ok) throw new Error(experiment.error);
  const runner = new ExperimentRunner(planExperiment(experiment.value), experiment.value.measure, [async (config, series) => simulate(config).series[series]]);
  const outcome = await runner.run();
  return experimentCsv(experiment.value, outcome.results);
}

describe('the CLI\'s sweeps', () => {
  it('prints the long-form rows of a two-parameter sweep, the same as the experiment in this thread', async () => {
    const args = ['--weeks', '30', '--people', '500', '--seed', '11', '--sweep', 'acquisition.spendPerWeek=0:600:3', '--sweep', 'discount.enabled=false,true', '--seeds', '2', '--measure', 'customers@29', '--format', 'csv'];
    const { status, stdout, stderr } = cli(args);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('point,acquisition.spendPerWeek,discount.enabled,repetition,seed,A.customers@29');
    expect(lines).toHaveLength(1 + 3 * 2 * 2);
    expect(stdout).toBe(await inThisThread(args));
    expect(stderr).toMatch(/sweep: 12 of 12 runs/);
    expect(stderr).toMatch(/12 runs on \d+ threads/);
  });

  it('sweeps a scenario\'s B and measures B − A by default, as JSON with a summary per point', () => {
    const { status, stdout } = cli(['--scenario', 'bonus-bank-vs-discount', '--sweep', 'B.bonusBank.earnRate=0.02,0.05', '--seeds', '2']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.experiment).toMatchObject({ sweeps: ['B.bonusBank.earnRate=0.02,0.05'], seedsPerPoint: 2, measure: 'B-A.cumulativeProfit', compare: true });
    expect(document.runs).toBe(2 + 2 * 2);
    expect(document.rows).toHaveLength(4);
    expect(document.points).toHaveLength(2);
    for (const point of document.points) expect(point.shareBAhead).toBeGreaterThanOrEqual(0);
  });

  it('refuses bad sweeps with one line and status 2', () => {
    const refusals: [string[], RegExp][] = [
      [['--sweep', 'nothing=1:2:3'], /not a parameter/],
      [['--sweep', 'B.discount.rate=0:0.1:3'], /no set-up B/],
      [['--sweep', 'discount.rate=0:0.1:3', '--measure', 'customers@9999'], /week must be from 0 to 155/],
      [['--sweep', 'discount.rate=0:0.1:3', '--format', 'tenure'], /prints json or csv/],
      [['--sweep', 'discount.rate=0:0.1:3', '--seeds', '0'], /--seeds must be a whole number from 1 to 200/],
      [['--sweep', 'a=1,2', '--sweep', 'b=1,2', '--sweep', 'c=1,2'], /once or twice/],
      [['--measure', 'customers'], /--measure goes with --sweep/],
      [['--scenario', 'bonus-bank-vs-discount', '--variant', 'B', '--sweep', 'discount.rate=0:0.1:3'], /without --variant/],
    ];
    for (const [args, message] of refusals) {
      const { status, stdout, stderr } = cli(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  });
});
