/**
 * `npm run --silent fit -- FILE [options]`: fits the customer-base models to a file and prints the
 * fits as JSON: a file of transactions (summarised as lifetimes does, with an optional end of the
 * calibration period), a customer summary (frequency, recency, T) or a cohort table (active
 * customers per period), and the simulation calibrated from the better purchase model (its --set
 * arguments). Time in weeks for transactions; a summary's is read as weeks. Bad input
 * exits with status 2 and one line on stderr; rows that were skipped are listed in the JSON. The
 * file is read in chunks, by the same code as the app's.
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MODEL_IDS, type ModelId } from '../analysis/fit/fitModels.ts';
import { fitChunks } from '../analysis/fitChunks.ts';
import { MAX_FILE_BYTES, predictionsOfFit, type SimulationCalibration } from '../analysis/fitFile.ts';
import { DATE_FORMATS, type DateFormat } from '../analysis/import/days.ts';
import { SUMMARY_UNITS, type SummaryUnit } from '../analysis/import/tables.ts';
import { runMain } from './runMain.ts';

/** At most this many skipped rows are listed; the count is always given. */
const LISTED_SKIPS = 20;

const USAGE = `usage: npm run --silent fit -- FILE [--model ${MODEL_IDS.join('|')}] [--calibration-end DATE]
       [--customer COLUMN] [--date COLUMN] [--amount COLUMN] [--date-format ${DATE_FORMATS.join('|')}]
       [--predictions OUT.csv [--horizon WEEKS]] [--time-unit ${SUMMARY_UNITS.join('|')}]

FILE is a CSV or TSV of transactions (a customer, a date and optionally an amount per row), a
customer summary with the columns frequency, recency and T (as lifetimes writes it; optionally
monetary_value), or a cohort table with a column "active" (customers still active at the start
and after each period). A COLUMN is a header's name or a number from 1. Without --model every
model that applies is fitted: bgnbd, pareto and gg (with amounts) for customers, sbg for a cohort.
--predictions writes each customer's P(alive), expected purchases in the next WEEKS (default 52)
and, with amounts, expected spend and revenue, from BG/NBD and Gamma-Gamma, as CSV. --time-unit
is a customer summary's unit of recency and T (default weeks; the models read weeks).
`;

const column = (value: string | undefined): string | number | undefined => (value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : value);

async function main(argv: readonly string[]): Promise<number> {
  const refuse = (error: string) => {
    process.stderr.write(`error: ${error}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        model: { type: 'string', multiple: true },
        'calibration-end': { type: 'string' },
        customer: { type: 'string' },
        date: { type: 'string' },
        amount: { type: 'string' },
        'date-format': { type: 'string' },
        predictions: { type: 'string' },
        horizon: { type: 'string' },
        'time-unit': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return refuse(`${error instanceof Error ? error.message : String(error)} (npm run --silent fit -- --help lists the options)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return refuse('give one file to fit (npm run --silent fit -- --help)');
  const path = positionals[0]!;
  const models = (values.model ?? [...MODEL_IDS]) as ModelId[];
  const unknown = models.find((model) => !(MODEL_IDS as readonly string[]).includes(model));
  if (unknown) return refuse(`--model ${unknown}: the models are ${MODEL_IDS.join(', ')}`);
  const dateFormat = values['date-format'];
  if (dateFormat !== undefined && !(DATE_FORMATS as readonly string[]).includes(dateFormat)) return refuse(`--date-format ${dateFormat}: the formats are ${DATE_FORMATS.join(', ')}`);

  const timeUnit = values['time-unit'] ?? 'weeks';
  if (!(SUMMARY_UNITS as readonly string[]).includes(timeUnit)) return refuse(`--time-unit ${timeUnit}: the units are ${SUMMARY_UNITS.join(', ')}`);

  const horizon = values.horizon === undefined ? 52 : Number(values.horizon);
  if (!(Number.isFinite(horizon) && horizon > 0 && horizon <= 520)) return refuse(`--horizon ${values.horizon}: give weeks from more than 0 to 520`);

  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return refuse(`cannot read ${path}`);
  }
  if (size > MAX_FILE_BYTES) return refuse(`${path} is ${Math.round(size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB are read`);
  // Read as a stream, as the app's worker reads a file: a file of transactions is never held whole.
  const { fit: fitted } = await fitChunks(createReadStream(path, { encoding: 'utf8' }), {
    models,
    calibrationEnd: values['calibration-end'],
    customer: column(values.customer),
    date: column(values.date),
    amount: column(values.amount),
    dateFormat: dateFormat as DateFormat | undefined,
    summaryUnit: timeUnit as SummaryUnit,
  });
  if (!fitted.ok) return refuse(`${path}: ${fitted.error}`);
  const fileFit = fitted.value;
  let predictions: string | null = null;
  if (values.predictions !== undefined) {
    const csv = predictionsOfFit(fileFit, horizon);
    if (csv === null) return refuse(`${path} is a cohort table: it has no customers to predict`);
    writeFileSync(values.predictions, csv);
    predictions = values.predictions;
  }
  const output: Record<string, unknown> = { file: path, kind: fileFit.kind };
  if (fileFit.kind === 'cohort') Object.assign(output, { periods: fileFit.active.length - 1, fits: fileFit.fits });
  else if (fileFit.kind === 'summary') {
    // A summary's times were read in --time-unit and turned into weeks, the models' unit.
    Object.assign(output, { customers: fileFit.base.x.length, fits: fileFit.fits, calibration: withCommand(fileFit.calibration), timeUnit: fileFit.unit, predictions });
  } else {
    const { columns, transactions, skipped, base, calibrationEnd, fits, calibration, holdout } = fileFit;
    Object.assign(output, {
      columns,
      transactions,
      skippedCount: skipped.length,
      skipped: skipped.slice(0, LISTED_SKIPS),
      customers: base.ids.length,
      calibrationEnd,
      fits,
      calibration: withCommand(calibration),
      holdout,
      predictions,
    });
  }
  process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
  return 0;
}

/** A calibration with the command that runs it. */
function withCommand(calibration: SimulationCalibration | null) {
  if (!calibration) return null;
  return { ...calibration, command: `npm run --silent sim -- ${Object.entries(calibration.set).map(([key, value]) => `--set ${key}=${value}`).join(' ')}` };
}

runMain(() => main(process.argv.slice(2)));
