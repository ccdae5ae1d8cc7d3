/**
 * The command line: the same core as the app, from Node. Prints a run's weekly numbers to
 * stdout as JSON or CSV. Bad input exits with status 2 and one line on stderr.
 */
import { simulate } from '../sim/run/simulate.ts';
import { parseCliArgs } from './args.ts';
import { helpText } from './help.ts';
import { resultAsCsv, resultAsJson } from './output.ts';
import { runMain } from './runMain.ts';

function main(argv: readonly string[]): number {
  const request = parseCliArgs(argv);
  if (!request.ok) {
    process.stderr.write(`error: ${request.error}\n`);
    return 2;
  }
  if (request.value.help) {
    process.stdout.write(helpText());
    return 0;
  }
  const result = simulate(request.value.config);
  process.stdout.write(request.value.format === 'csv' ? resultAsCsv(result) : `${resultAsJson(result)}\n`);
  return 0;
}

runMain(() => main(process.argv.slice(2)));
