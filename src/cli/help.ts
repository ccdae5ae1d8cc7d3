/**
 * The CLI's --help text, generated from the limits and the parameter schema, so it always lists
 * every parameter with its unit, range, default and help.
 */
import { groups, paramDefs, paramKeys } from '../sim/params/schema.ts';
import { describeAllowed } from '../sim/params/validate.ts';
import { LIMITS } from '../sim/run/config.ts';
import { MAX_TRANSACTIONS } from '../sim/model/transactionLog.ts';
import { presetIds } from '../sim/params/presets.ts';
import type { Scenario } from '../scenarios/types.ts';
import { MARGINAL_SEEDS } from './args.ts';
import { CLI_VERDICT_SEEDS } from './scenarioVerdict.ts';
import { AXIS_STEPS } from '../experiment/axis.ts';
import { MAX_RUNS, REPETITIONS } from '../experiment/plan.ts';

function scenarioLines(scenarios: readonly Scenario[] | string): string[] {
  if (typeof scenarios === 'string') return [`Scenarios: none can be listed (${scenarios})`, ''];
  if (scenarios.length === 0) return [];
  const width = Math.max(...scenarios.map((scenario) => scenario.id.length)) + 2;
  return [
    'Scenarios (--scenario ID --variant A|B [--seed N]):',
    ...scenarios.map((scenario) => `  ${scenario.id.padEnd(width)}${scenario.title}`),
    '',
  ];
}

/** `scenarios`: the scenarios to list, or why they could not be read. */
export function helpText(scenarios: readonly Scenario[] | string = []): string {
  const lines = [
    'Retention Lab: run the customer-retention model and print its weekly numbers.',
    '',
    'Usage: npm run --silent sim -- [options]',
    '',
    'Options:',
    `  --seed N           seed of the run's luck (default ${LIMITS.seed.default}, ${LIMITS.seed.min} to ${LIMITS.seed.max})`,
    `  --weeks N          weeks to simulate (default ${LIMITS.weeks.default}, at most ${LIMITS.weeks.max})`,
    `  --people N         people in the market (default ${LIMITS.people.default}, at most ${LIMITS.people.max})`,
    '  --set key=value    set a parameter (repeatable); the parameters are listed below',
    '  --format json|csv|transactions|tenure|tenure-csv',
    '                     output format (default json); transactions: every purchase as CSV,',
    '                     person,week,day,time,amount (day: whole days since week 0; time: weeks;',
    `                     amount: dollars paid), by person then time, at most ${MAX_TRANSACTIONS.toLocaleString('en-US')} purchases;`,
    '                     tenure, tenure-csv: profit per customer-year by year of tenure (1 … 5+)',
    '                     by source, as text or CSV',
    `  --preset ID        set the relationship parameters as a whole: ${presetIds.join(', ')}`,
    '                     (evidence: small effects, the defaults; reichheld: Reichheld & Sasser\'s',
    '                     profit sources); --set still changes single values',
    '  --trace ID,ID      record these people\'s stories (JSON output, "stories")',
    '  --scenario ID      run a scenario (listed below) instead: its parameters, length and market',
    '  --variant A|B      which of the scenario\'s two variants to print (both are run for its debrief)',
    '  --lang en|ru|hu|ro with --scenario: the language of the scenario\'s texts and its debrief\'s',
    '                     numbers (default en; content/<lang>/scenarios holds the translations)',
    '  --verdict          with --scenario ID instead of --variant: print, as JSON, the debrief\'s verdict',
    '                     over seeds (B − A at the end seed by seed, its median, 10-90% range and the',
    '                     seeds B ends ahead), which answer holds in how many seeds, and every what-if',
    `                     over the same seeds (--seeds N, default ${CLI_VERDICT_SEEDS.default}, ${CLI_VERDICT_SEEDS.min} to ${CLI_VERDICT_SEEDS.max}); progress on stderr`,
    '  --marginal         print, as JSON, the marginal return of a marketing dollar and of a care dollar:',
    '                     extra cumulative profit per extra dollar, by central differences (±20%) on',
    '                     the same seeds (see README); with the other options but --scenario and --trace',
    `  --seeds N          seeds for --marginal, from --seed on (default ${MARGINAL_SEEDS.default}, ${MARGINAL_SEEDS.min} to ${MARGINAL_SEEDS.max});`,
    `                     with --sweep, seeds per point (default ${REPETITIONS.default}, ${REPETITIONS.min} to ${REPETITIONS.max}), the same at every point`,
    '  --sweep [A.|B.]key=from:to:steps   or   --sweep [A.|B.]key=v1,v2,…',
    '                     an experiment: run every value of the parameter (give --sweep twice for',
    `                     every combination of two), ${AXIS_STEPS.min} to ${AXIS_STEPS.max} values each, at most ${MAX_RUNS.toLocaleString('en-US')} runs, on worker`,
    '                     threads over all cores; A. or B. changes one variant of --scenario ID (given',
    '                     without --variant), no prefix both; prints one row a point and seed',
    '                     (--format csv) or the rows and each point\'s median, 10-90% band and share of',
    '                     seeds B is ahead (json); progress on stderr',
    '  --measure [A.|B.|B-A.]series[@week|:sum]',
    '                     what a sweep measures of each run: a weekly series (the CSV columns) at a',
    '                     week (from 0), summed, or at the last week (default); of A, B or B − A',
    '                     (default: B-A.cumulativeProfit with --scenario, else A.cumulativeProfit)',
    '  --help, -h         this text',
    '',
    ...scenarioLines(scenarios),
    'Parameters (key: meaning; unit; allowed; default):',
  ];
  for (const group of groups) {
    lines.push('', `  ${group.title}`);
    for (const key of paramKeys) {
      const def = paramDefs[key];
      if (def.group !== group.id) continue;
      lines.push(`    ${key}: ${def.label}. ${def.help}`);
      lines.push(`        unit: ${def.unit}; ${describeAllowed(def)}; default ${String(def.default)}`);
    }
  }
  lines.push('', 'Examples:', '  npm run --silent sim -- --seed 7 --set bonusBank.enabled=true --format csv > run.csv');
  lines.push('  npm run --silent sim -- --scenario bonus-bank-vs-discount --variant B > bank.json');
  lines.push('  npm run --silent sim -- --weeks 260 --preset reichheld --format tenure');
  lines.push('  npm run --silent sim -- --weeks 78 --set market.initialCustomerShare=1 --set market.initialTenureYears=0 \\');
  lines.push('      --set acquisition.spendPerWeek=0 --set market.moveAwayPerYear=0 --set churn.dropoutEnabled=true --format transactions > cohort.csv');
  lines.push('  npm run --silent sim -- --marginal --seeds 5 --weeks 260');
  lines.push('  npm run --silent sim -- --scenario bonus-bank-vs-discount --sweep B.bonusBank.earnRate=0.01:0.07:7 \\');
  lines.push('      --sweep bonusBank.expiryWeeks=13:52:4 --seeds 8 --format csv > where-the-bank-pays.csv', '');
  return lines.join('\n');
}
