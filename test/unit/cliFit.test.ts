/**
 * `npm run fit`: the fits of a file as JSON, for each kind of file (transactions, a customer
 * summary, a cohort table), the same numbers as the core; the round trip from the simulator's
 * transaction export; and one line with status 2 for every kind of bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../src/analysis/fit/bgnbd.ts';
import { CDNOW_FOLDER, readCdnowHistories } from '../support/buyTillYouDie.ts';

function fit(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/fit.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'fit-'));
function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const cdnow = readCdnowHistories();

describe('npm run fit', () => {
  it.skipIf(cdnow === null)("fits CDNOW's raw purchases to the core's BG/NBD, with Pareto/NBD and Gamma-Gamma beside it", () => {
    const { status, stdout, stderr } = fit([`${CDNOW_FOLDER}CDNOW_sample.txt`, '--customer', '1', '--date', '3', '--amount', '5', '--calibration-end', '19970930']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({ kind: 'transactions', transactions: 6919, customers: 2357, skippedCount: 0, calibrationEnd: '1997-09-30' });
    expect(document.fits.map((one: { model: string }) => one.model)).toEqual(['bgnbd', 'pareto', 'gg']);
    const core = fitBgNbd(cdnow!);
    expect(document.fits[0].estimates.r.value).toBeCloseTo(core.estimates.r.value, 4);
    expect(document.fits[0].logLikelihood).toBeCloseTo(core.logLikelihood, 1);
    // The holdout, 1 October 1997 to 30 June 1998: the days with a purchase, counted from the raw
    // file here, against the sum of BG/NBD's forecasts for each customer.
    const holdoutDays = new Set(
      readFileSync(`${CDNOW_FOLDER}CDNOW_sample.txt`, 'utf8').trim().split('\n').map((line) => line.trim().split(/\s+/)).filter((cells) => cells[2]! > '19970930').map((cells) => `${cells[0]} ${cells[2]}`),
    );
    expect(document.holdout.weeks).toBe(39);
    expect(document.holdout.actualPurchases).toBe(holdoutDays.size);
    expect(document.holdout.expectedPurchases / holdoutDays.size).toBeGreaterThan(0.8);
    expect(document.holdout.expectedPurchases / holdoutDays.size).toBeLessThan(1.2);
    // Calibrated from BG/NBD, which fits CDNOW better (lower AIC), with Gamma-Gamma's basket; the
    // command it prints runs the simulation.
    expect(document.calibration.from).toBe('bgnbd');
    expect(document.calibration.set['churn.dropoutA']).toBeCloseTo(0.7929, 3);
    expect(document.calibration.set['purchases.basket']).toBeCloseTo(35.17, 1);
    const sets = [...document.calibration.command.matchAll(/--set (\S+)/g)].flatMap((match: RegExpMatchArray) => ['--set', match[1]!]);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...sets, '--weeks', '8', '--people', '300'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).params['churn.dropoutEnabled']).toBe(true);
  });

  it.skipIf(cdnow === null)("fits lifetimes' summary of CDNOW (frequency, recency, T) with both purchase models, and no spend model without spend", () => {
    const { status, stdout } = fit([`${CDNOW_FOLDER}cdnow_customers_summary.csv`]);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({ kind: 'summary', customers: 2357 });
    expect(document.fits.map((one: { model: string }) => one.model)).toEqual(['bgnbd', 'pareto']);
    expect(document.fits[0].logLikelihood).toBeCloseTo(-9582.43, 1);
  });

  it('fits a cohort table with sBG', () => {
    const { status, stdout } = fit([file('cohort.csv', 'year,active\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n')]);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.kind).toBe('cohort');
    expect(document.fits[0].estimates.alpha.value).toBeCloseTo(0.704, 2);
  });

  it('fits the simulator\'s own transaction export: simulate, export, fit', () => {
    const exported = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--people', '1500', '--weeks', '52', '--format', 'transactions'], { encoding: 'utf8' });
    expect(exported.status).toBe(0);
    const { status, stdout } = fit([file('sim.csv', exported.stdout), '--model', 'bgnbd']);
    expect(status).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.columns).toMatchObject({ customer: 1, date: 3, dateFormat: 'days' });
    expect(document.customers).toBeGreaterThan(100);
    expect(document.fits[0].estimates.r.value).toBeGreaterThan(0);
  });

  it.skipIf(cdnow === null)("writes each customer's predictions: CDNOW's customer 4 is alive with 0.727 and buys 1.226 times in 39 weeks", () => {
    const out = join(folder, 'predictions.csv');
    const { status, stdout } = fit([`${CDNOW_FOLDER}CDNOW_sample.txt`, '--customer', '1', '--date', '3', '--amount', '5', '--calibration-end', '19970930', '--model', 'bgnbd', '--predictions', out, '--horizon', '39']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).predictions).toBe(out);
    const [header, first, ...rest] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe('customer,x,t_x,T,mean_spend,p_alive,purchases_next_39_weeks,expected_spend,revenue_next_39_weeks');
    expect(rest).toHaveLength(2356);
    const cells = first!.split(',');
    expect(cells[0]).toBe('00004');
    expect(Number(cells[5])).toBeCloseTo(0.727, 3);
    expect(Number(cells[6])).toBeCloseTo(1.226, 2);
  });

  it('writes an id that a spreadsheet would run as a formula as inert text', () => {
    const out = join(folder, 'inert.csv');
    const input = file('formula.csv', 'customer,date,amount\n"=HYPERLINK(""http://x"")",2024-01-01,5\n"=HYPERLINK(""http://x"")",2024-02-01,6\n+1,2024-01-03,2\n@a,2024-01-04,2\nplain,2024-01-05,3\nplain,2024-03-05,3\n');
    expect(fit([input, '--model', 'bgnbd', '--predictions', out]).status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("\n'+1,");
    expect(text).toContain("\n'@a,");
    expect(text).toContain('\nplain,');
    expect(text.trim().split('\n')).toHaveLength(5);
  });

  it('lists the rows it skipped, with their lines', () => {
    const { status, stdout } = fit([file('some-bad.csv', 'customer,date,amount\nA,2024-01-01,5\nA,2024-02-01,x\nA,2024-03-01,7\nB,2024-01-09,3\nB,2024-04-01,3\n'), '--model', 'bgnbd']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ skippedCount: 1, skipped: [{ line: 3, reason: 'the amount "x" is not a number' }] });
  });

  it('refuses bad input with one line and status 2', () => {
    const cases: [string[], RegExp][] = [
      [[], /give one file/],
      [['/no/such/file.csv'], /cannot read \/no\/such\/file.csv/],
      [[file('a.csv', 'customer,date\nA,2024-01-01\n'), '--model', 'cox'], /--model cox: the models are bgnbd, pareto, gg, sbg/],
      [[file('b.csv', 'customer,date\nA,2024-01-01\n'), '--date-format', 'DD-MM'], /--date-format DD-MM: the formats are/],
      [[file('c.csv', 'customer,date\nA,2024-01-01\n'), '--calibration-end', '1 May'], /the end of calibration "1 May" is not a date in the file's form YYYY-MM-DD/],
      [[file('d.csv', 'customer,date\nA,2024-01-01\n'), '--model', 'sbg'], /holds customers, not a cohort table: sbg does not fit it/],
      [[file('e.csv', 'who,when\nA,2024-01-01\n')], /which column is the customer\?/],
      [[file('f.csv', 'frequency,recency,T\n2,5,3\n')], /line 2: recency 5 is after T 3/],
      [['--wat'], /Unknown option '--wat'/],
      [[file('h.csv', 'customer,date\nA,2024-01-01\nB,2024-01-02\n')], /no customer bought again before the end of the calibration period/],
      [[file('g.csv', 'customer,date\nA,2024-01-01\n'), '--horizon', '0'], /--horizon 0: give weeks from more than 0 to 520/],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = fit(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
