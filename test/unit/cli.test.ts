/**
 * The command line: output shape in JSON and CSV, the same numbers as the core, and a clear
 * one-line error with exit status 2 for every kind of bad input.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';
import { helpText } from '../../src/cli/help.ts';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';
import { seriesNames } from '../../src/sim/metrics/series.ts';
import { paramKeys } from '../../src/sim/params/schema.ts';
import { simulate } from '../../src/sim/run/simulate.ts';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI', () => {
  it('prints a JSON document with the model version, parameters, weekly series and summary', () => {
    const { status, stdout } = cli(['--seed', '5', '--weeks', '30', '--people', '800', '--set', 'bonusBank.enabled=true']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(Object.keys(document)).toEqual(expect.arrayContaining(['model', 'seed', 'weeks', 'params', 'series', 'summary']));
    expect(document.seed).toBe(5);
    expect(document.params['bonusBank.enabled']).toBe(true);
    for (const name of ['customers', 'prospects', 'lapsed', 'newCustomers', 'leavers', 'revenue', 'profit', 'cumulativeProfit', 'pointsLiability', 'breakage', 'retentionWeekly', 'leftCompetitor']) {
      expect(document.series[name]).toHaveLength(30);
    }
    const direct = simulate({ seed: 5, weeks: 30, people: 800, params: document.params });
    expect(document.series.cumulativeProfit).toEqual(Array.from(direct.series.cumulativeProfit));
    expect(document.summary).toEqual(direct.summary);
  });

  it('prints CSV with one row a week and one column a series', () => {
    const { status, stdout } = cli(['--weeks', '12', '--people', '300', '--format', 'csv']);
    expect(status).toBe(0);
    const rows = stdout.trim().split('\n');
    expect(rows).toHaveLength(13);
    expect(rows[0].split(',')).toEqual(['week', ...seriesNames]);
    expect(rows[12].split(',')).toHaveLength(seriesNames.length + 1);
    expect(rows[12].startsWith('11,')).toBe(true);
  });

  it('prints a cohort\'s every purchase as CSV with --format transactions: person, week, day, time, amount', () => {
    const cohort = ['--set', 'market.initialCustomerShare=1', '--set', 'market.initialTenureYears=0', '--set', 'acquisition.spendPerWeek=0', '--set', 'market.moveAwayPerYear=0', '--set', 'churn.dropoutEnabled=true'];
    const { status, stdout } = cli(['--seed', '3', '--weeks', '40', '--people', '400', ...cohort, '--format', 'transactions']);
    expect(status).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe('person,week,day,time,amount');
    const parsed = parseCliArgs(['--seed', '3', '--weeks', '40', '--people', '400', ...cohort]);
    if (!parsed.ok) throw new Error(parsed.error);
    const direct = simulate(parsed.value.config);
    expect(rows).toHaveLength(direct.series.purchases.reduce((sum, count) => sum + count, 0));
    let paidCents = 0;
    for (const row of rows) {
      const [person, week, day, time, amount] = row.split(',').map(Number);
      expect(person).toBeLessThan(400);
      expect(Math.floor(time)).toBe(week);
      expect(day).toBe(Math.floor(time * 7));
      expect(row).toMatch(/,\d+\.\d\d$/);
      paidCents += Math.round(amount * 100);
    }
    // No discount or points at the defaults: the money paid is the revenue.
    expect(paidCents).toBe(Math.round(direct.series.revenue.reduce((sum, dollars) => sum + dollars, 0) * 100));
  });

  it('prints the tenure table with --format tenure-csv: profit per customer-year by tenure year 1 … 5+, by source', () => {
    const { status, stdout } = cli(['--weeks', '60', '--people', '1000', '--preset', 'reichheld', '--format', 'tenure-csv']);
    expect(status).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe('year,customerYears,baseMargin,spendGrowth,costSavings,referrals,pricePremium,total');
    expect(rows.map((row) => row.split(',')[0])).toEqual(['1', '2', '3', '4', '5+']);
    for (const row of rows) {
      const [, , ...money] = row.split(',').map(Number);
      const sources = money.slice(0, 5).reduce((sum, value) => sum + value, 0);
      expect(sources).toBeCloseTo(money[5], 1);
    }
    const text = cli(['--weeks', '30', '--people', '500', '--format', 'tenure']);
    expect(text.stdout).toContain('Base margin');
    expect(text.stdout.trim().split('\n').at(-1)?.trim().startsWith('5+')).toBe(true);
  });

  it('lists every parameter with its unit, range and default in --help', () => {
    const { status, stdout } = cli(['--help']);
    expect(status).toBe(0);
    for (const key of paramKeys) expect(stdout).toContain(key);
    const scenarios = readScenarios();
    expect(stdout).toBe(helpText(scenarios.ok ? scenarios.value : []));
  });

  for (const [args, fragment] of [
    [['--frobnicate'], "Unknown option '--frobnicate'"],
    [['--seed', 'x'], '--seed must be a whole number'],
    [['--weeks', '2000'], '--weeks must be a whole number from 1 to 1040'],
    [['--people', '3000000'], '--people must be a whole number from 1 to 2000000'],
    [['--set', 'nope=1'], 'unknown parameter "nope"'],
    [['--set', 'discount.rate=0.9'], 'discount.rate must be a number from 0 to 0.5'],
    [['--set', 'discount.rate=NaN'], 'discount.rate must be a number'],
    [['--set', 'service.handling=shout'], 'one of refund, fix, conflict'],
    [['--set', 'noequals'], '--set takes key=value'],
    [['--format', 'xml'], '--format must be one of json, csv'],
    [['--format', 'transaction'], '--format must be one of json, csv, transactions, tenure, tenure-csv, not "transaction"'],
    [['--preset', 'bain'], '--preset must be one of evidence, reichheld, not "bain"'],
    [['--scenario', 'why-retention', '--variant', 'A', '--preset', 'reichheld'], '--preset cannot be combined with --scenario'],
  ] as const) {
    it(`refuses ${args.join(' ')} with exit status 2 and one line saying why`, () => {
      const { status, stdout, stderr } = cli([...args]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(fragment);
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }
});

describe('argument parsing', () => {
  it('uses the documented defaults', () => {
    const parsed = parseCliArgs([]);
    expect(parsed.ok && parsed.value.config).toMatchObject({ seed: 1, weeks: 156, people: 10000 });
  });

  it('applies repeated --set options in order', () => {
    const parsed = parseCliArgs(['--set', 'discount.rate=0.1', '--set', 'discount.rate=0.2', '--set', 'club.enabled=on']);
    expect(parsed.ok && parsed.value.config.params['discount.rate']).toBe(0.2);
    expect(parsed.ok && parsed.value.config.params['club.enabled']).toBe(true);
  });

  it('applies a preset\'s values before --set, so that --set can change one of them', () => {
    const parsed = parseCliArgs(['--preset', 'reichheld', '--set', 'relationship.costSaving=0.2']);
    expect(parsed.ok && parsed.value.config.params['relationship.spendGrowth']).toBe(2);
    expect(parsed.ok && parsed.value.config.params['relationship.costSaving']).toBe(0.2);
    const plain = parseCliArgs([]);
    const evidence = parseCliArgs(['--preset', 'evidence']);
    if (!plain.ok || !evidence.ok) throw new Error('the defaults did not parse');
    expect(evidence.value.config.params).toEqual(plain.value.config.params);
  });

  it('refuses trace ids outside the market', () => {
    const parsed = parseCliArgs(['--people', '10', '--trace', '3,10']);
    expect(parsed.ok).toBe(false);
  });
});
