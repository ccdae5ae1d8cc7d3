/**
 * The command line: the same core as the app, from Node. Prints a run's weekly numbers to
 * stdout as JSON or CSV, or its every purchase as CSV: of the parameters given, or of a scenario's
 * variant; or the marginal returns of marketing and care for the parameters given (--marginal). Bad input exits
 * with status 2 and one line on stderr. With --sweep: an experiment over one or two parameters on
 * worker threads (sweepRun.ts), as CSV in long form or JSON. With --scenario ID --verdict: the
 * debrief's verdict, answers and what-ifs over seeds (scenarioVerdict.ts), as JSON.
 */
import { simulate } from '../sim/run/simulate.ts';
import { parseCliArgs } from './args.ts';
import { helpText } from './help.ts';
import { resultAs } from './output.ts';
import { marginalAsJson } from './marginalRun.ts';
import { runMain } from './runMain.ts';
import { runScenarioVariant, scenarioById, scenariosOnDisk } from './scenarioRun.ts';
import { scenarioVerdict } from './scenarioVerdict.ts';
import { experimentOf, runSweep } from './sweepRun.ts';

async function main(argv: readonly string[]): Promise<number> {
  const request = parseCliArgs(argv);
  const refuse = (error: string) => {
    process.stderr.write(`error: ${error}\n`);
    return 2;
  };
  if (!request.ok) return refuse(request.error);
  if (request.value.help) {
    const scenarios = scenariosOnDisk();
    process.stdout.write(helpText(scenarios.ok ? scenarios.value : scenarios.error));
    return 0;
  }
  if (request.value.sweep !== null) {
    const experiment = experimentOf(request.value.sweep, request.value.config, request.value.scenario);
    if (!experiment.ok) return refuse(experiment.error);
    const text = await runSweep(experiment.value, request.value.format === 'csv' ? 'csv' : 'json');
    process.stdout.write(text);
    return 0;
  }
  if (request.value.verdictSeeds !== null && request.value.scenario) {
    const found = scenarioById(request.value.scenario.id, request.value.scenario.language);
    if (!found.ok) return refuse(found.error);
    const seed = request.value.scenario.seed ?? found.value.seed;
    const verdict = scenarioVerdict(found.value, seed, request.value.verdictSeeds, (done, total) => process.stderr.write(`run ${done} of ${total}\n`));
    process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
    return 0;
  }
  if (request.value.marginalSeeds !== null) {
    process.stdout.write(`${marginalAsJson(request.value.config, request.value.marginalSeeds)}\n`);
    return 0;
  }
  let result = null;
  let extra = {};
  if (request.value.scenario) {
    const outcome = runScenarioVariant(request.value.scenario, request.value.config.transactions === true);
    if (!outcome.ok) return refuse(outcome.error);
    ({ result, extra } = outcome.value);
  } else {
    result = simulate(request.value.config);
  }
  for (const text of resultAs(request.value.format, result, extra)) process.stdout.write(text);
  return 0;
}

runMain(() => main(process.argv.slice(2)));
