/**
 * The CLI's scenarios: `--scenario ID --variant A|B [--seed N]` prints the variant's run with the
 * debrief's figures (the same as computing them directly), `--help` lists the scenarios, and an
 * unknown id or variant is refused with exit status 2 and the valid ones.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/scenarios/debrief.ts';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';
import { variantConfig } from '../../src/scenarios/run.ts';
import { simulate } from '../../src/sim/run/simulate.ts';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scenarios = readScenarios();
const ids = scenarios.ok ? scenarios.value.map((scenario) => scenario.id) : [];

describe('the CLI with --scenario', () => {
  it('prints the variant’s run with the scenario and the debrief’s figures, for the seed asked', () => {
    const { status, stdout } = cli(['--scenario', 'over-promising', '--variant', 'b', '--seed', '4']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.scenario).toMatchObject({ id: 'over-promising', variant: 'B' });
    expect(document.seed).toBe(4);
    expect(document.params['promises.promisedQuality']).toBe(7);
    const scenario = scenarios.ok ? scenarios.value.find((one) => one.id === 'over-promising') : undefined;
    if (!scenario) throw new Error('over-promising is missing');
    const a = simulate(variantConfig(scenario, 'A', 4));
    const b = simulate(variantConfig(scenario, 'B', 4));
    expect(document.summary).toEqual(b.summary);
    expect(document.debrief).toEqual(JSON.parse(JSON.stringify(debriefOf(scenario, a, b))));
  });

  it('lists every scenario with its title in --help', () => {
    const { stdout } = cli(['--help']);
    for (const scenario of scenarios.ok ? scenarios.value : []) expect(stdout).toContain(`${scenario.id}`);
    expect(stdout).toContain('Keep customers or buy new ones?');
  });

  for (const [args, fragment] of [
    [['--scenario', 'nope', '--variant', 'A'], `--scenario must be one of ${ids.join(', ')}, not "nope"`],
    [['--scenario', 'over-promising', '--variant', 'C'], '--variant must be one of A, B, not "C"'],
    [['--scenario', 'over-promising'], '--scenario and --variant go together'],
    [['--scenario', 'over-promising', '--variant', 'A', '--set', 'discount.rate=0.1'], '--set cannot be combined with --scenario'],
  ] as const) {
    it(`refuses ${args.join(' ')} with exit status 2, naming what is allowed`, () => {
      const { status, stdout, stderr } = cli([...args]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(fragment);
    });
  }
});
