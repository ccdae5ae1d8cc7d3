/**
 * The CLI's scenarios: `--scenario ID --variant A|B [--seed N]` prints the variant's run with the
 * debrief's figures (the same as computing them directly), `--scenario ID --verdict --seeds N`
 * prints the debrief's verdict, answers and what-ifs over seeds (B − A seed by seed as the runs
 * give it), `--lang ru` writes the debrief's texts and numbers in Russian with the same figures,
 * `--help` lists the scenarios, and an unknown id, variant or language, or a --verdict that does
 * not fit, is refused with exit status 2 and what is allowed.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/scenarios/debrief.ts';
import { readScenarios, readTranslations } from '../../src/scenarios/node/readScenarios.ts';
import { variantConfig, whatIfConfigs } from '../../src/scenarios/run.ts';
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

  it('prints the verdict over seeds: B − A seed by seed, the answers that hold and every what-if, with progress on stderr', () => {
    const { status, stdout, stderr } = cli(['--scenario', 'refund-or-fight', '--verdict', '--seeds', '2', '--seed', '3']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    const scenario = scenarios.ok ? scenarios.value.find((one) => one.id === 'refund-or-fight') : undefined;
    if (!scenario) throw new Error('refund-or-fight is missing');
    expect(document.seeds).toEqual([3, 4]);
    const final = (variant: 'A' | 'B', seed: number) => simulate(variantConfig(scenario, variant, seed)).summary.cumulativeProfit;
    expect(document.asRun.bySeed).toEqual([3, 4].map((seed) => final('B', seed) - final('A', seed)));
    expect(document.asRun.seedsAhead).toBe(document.asRun.bySeed.filter((gain: number) => gain > 0).length);
    const bySeedAnswers = [3, 4].map((seed) => debriefOf(scenario, simulate(variantConfig(scenario, 'A', seed)), simulate(variantConfig(scenario, 'B', seed))).answers);
    expect(document.answers).toEqual(scenario.question.choices.map((choice, index) => ({ choice: choice.label, holds: bySeedAnswers.filter((answers) => answers.includes(index)).length })));
    const [first] = whatIfConfigs(scenario, 3);
    expect(document.whatIfs.map((whatIf: { label: string }) => whatIf.label)).toEqual(scenario.whatIfs.map((whatIf) => whatIf.label));
    const whatIfFinal = (config: ReturnType<typeof variantConfig>, seed: number) => simulate({ ...config, seed }).summary.cumulativeProfit;
    expect(document.whatIfs[0].bySeed).toEqual([3, 4].map((seed) => whatIfFinal(first!.b, seed) - whatIfFinal(first!.a, seed)));
    const runs = 2 * 2 * (1 + scenario.whatIfs.length);
    expect(stderr.trim().split('\n').at(-1)).toBe(`run ${runs} of ${runs}`);
  }, 120_000);

  it('writes the debrief in the language of --lang, with the same figures as in English', () => {
    const english = JSON.parse(cli(['--scenario', 'birthday-cards', '--variant', 'B']).stdout);
    const { status, stdout } = cli(['--scenario', 'birthday-cards', '--variant', 'B', '--lang', 'ru']);
    expect(status).toBe(0);
    const russian = JSON.parse(stdout);
    const translated = scenarios.ok ? readTranslations(scenarios.value) : scenarios;
    const title = translated.ok ? translated.value.ru?.find((one) => one.id === 'birthday-cards')?.title : undefined;
    expect(russian.scenario).toMatchObject({ id: 'birthday-cards', language: 'ru', title });
    expect(russian.summary).toEqual(english.summary);
    for (const [name, figure] of Object.entries<{ value: number | null; text: string }>(russian.debrief.figures)) {
      expect(figure.value).toBe(english.debrief.figures[name].value);
    }
    // Russian groups thousands with a space and puts the dollar sign after the number.
    expect(russian.debrief.figures.cards.text).toMatch(/^\d{1,3}(\u00a0\d{3})*(,\d{2})?\u00a0\$$/);
    expect(russian.debrief.debrief).toContain('открыт');
    expect(russian.debrief.answers).toEqual(english.debrief.answers);
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
    [['--verdict'], '--verdict goes with --scenario'],
    [['--lang', 'ru'], '--lang goes with --scenario'],
    [['--scenario', 'over-promising', '--variant', 'A', '--lang', 'de'], '--lang must be one of en, hu, ro, ru, not "de"'],
    [['--scenario', 'over-promising', '--verdict', '--variant', 'A'], '--verdict cannot be combined with --variant'],
    [['--scenario', 'over-promising', '--verdict', '--format', 'csv'], '--verdict prints JSON only'],
    [['--scenario', 'over-promising', '--verdict', '--seeds', '51'], '--seeds must be a whole number from 1 to 50, not "51"'],
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
