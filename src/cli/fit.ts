/**
 * `npm run --silent fit -- FILE [options]`: fits the customer-base models to a file and prints the
 * fits as JSON: a file of transactions (summarised as lifetimes does, with an optional end of the
 * calibration period), a customer summary (frequency, recency, T) or a cohort table (active
 * customers per period), and the simulation calibrated from the better purchase model (its --set
 * arguments). Time in weeks for transactions; a summary's is read as weeks. Bad input
 * exits with status 2 and one line on stderr; rows that were skipped are listed in the JSON.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { calibrateFromBgNbd, calibrateFromParetoNbd, LEFT_AT_DEFAULTS } from '../analysis/fit/calibration.ts';
import { fitCohortTable, fitCustomerBase, MODEL_IDS, type ModelFit, type ModelId } from '../analysis/fit/fitModels.ts';
import { DATE_FORMATS, dayOf, isoDate, type DateFormat } from '../analysis/import/days.ts';
import { summarise } from '../analysis/import/summarise.ts';
import { readCohortTable, readCustomerSummary, tableKind } from '../analysis/import/tables.ts';
import { readTransactions, type ColumnChoice } from '../analysis/import/transactions.ts';
import { predictCustomers } from '../analysis/fit/predictions.ts';
import { predictionsCsv } from '../analysis/export/predictionsCsv.ts';
import type { RecencyFrequency } from '../analysis/fit/recencyFrequency.ts';
import { runMain } from './runMain.ts';

/** Files above this size are refused rather than read into memory (about 10 million rows of transactions). */
const MAX_BYTES = 512 * 1024 * 1024;
/** At most this many skipped rows are listed; the count is always given. */
const LISTED_SKIPS = 20;

const USAGE = `usage: npm run --silent fit -- FILE [--model ${MODEL_IDS.join('|')}] [--calibration-end DATE]
       [--customer COLUMN] [--date COLUMN] [--amount COLUMN] [--date-format ${DATE_FORMATS.join('|')}]
       [--predictions OUT.csv [--horizon WEEKS]]

FILE is a CSV or TSV of transactions (a customer, a date and optionally an amount per row), a
customer summary with the columns frequency, recency and T (as lifetimes writes it; optionally
monetary_value), or a cohort table with a column "active" (customers still active at the start
and after each period). A COLUMN is a header's name or a number from 1. Without --model every
model that applies is fitted: bgnbd, pareto and gg (with amounts) for customers, sbg for a cohort.
--predictions writes each customer's P(alive), expected purchases in the next WEEKS (default 52)
and, with amounts, expected spend and revenue, from BG/NBD and Gamma-Gamma, as CSV.
`;

const valuesOf = (fit: ModelFit) => Object.fromEntries(Object.entries(fit.estimates).map(([name, estimate]) => [name, estimate.value]));

/**
 * The simulation calibrated from the purchase model with the lower AIC (and Gamma-Gamma's spend):
 * the parameters, where each came from, and the command that runs it.
 */
function calibrationOf(fits: readonly ModelFit[]) {
  const purchase = fits.filter((fit) => fit.model === 'bgnbd' || fit.model === 'pareto').sort((left, right) => left.aic - right.aic)[0];
  if (!purchase) return null;
  const spendFit = fits.find((fit) => fit.model === 'gg');
  const spend = spendFit ? (valuesOf(spendFit) as { p: number; q: number; v: number }) : null;
  const values = valuesOf(purchase);
  const calibration =
    purchase.model === 'bgnbd'
      ? calibrateFromBgNbd(values as { r: number; alpha: number; a: number; b: number }, spend)
      : calibrateFromParetoNbd(values as { r: number; alpha: number; s: number; beta: number }, spend);
  const command = `npm run --silent sim -- ${Object.entries(calibration.set).map(([key, value]) => `--set ${key}=${value}`).join(' ')}`;
  return { from: purchase.model, ...calibration, leftAtDefaults: LEFT_AT_DEFAULTS, command };
}

/** Writes the per-customer predictions of BG/NBD (fitted, if it was not among the models) and Gamma-Gamma. */
function writePredictions(out: string, base: RecencyFrequency & { ids: string[]; meanSpend: ArrayLike<number> | null }, fits: readonly ModelFit[], horizon: number): string {
  const purchases = fits.find((fit) => fit.model === 'bgnbd') ?? fitCustomerBase(base, ['bgnbd'])[0]!;
  const spendFit = fits.find((fit) => fit.model === 'gg') ?? (base.meanSpend ? fitCustomerBase(base, ['gg'])[0] : undefined);
  const spend = spendFit ? (valuesOf(spendFit) as { p: number; q: number; v: number }) : null;
  const predictions = predictCustomers(base, valuesOf(purchases) as { r: number; alpha: number; a: number; b: number }, spend, horizon);
  writeFileSync(out, predictionsCsv(base, predictions, horizon));
  return out;
}

/**
 * The check on the customers' own later history: the purchases they made after the calibration
 * period against what BG/NBD expected of each, summed; null when the file ends with it.
 */
function holdoutOf(base: ReturnType<typeof summarise>, fits: readonly ModelFit[]) {
  const weeks = (base.lastDay - base.calibrationEnd) / 7;
  const purchases = fits.find((fit) => fit.model === 'bgnbd');
  if (!(weeks > 0) || !purchases) return null;
  const parameters = valuesOf(purchases) as { r: number; alpha: number; a: number; b: number };
  const predictions = predictCustomers({ ...base, meanSpend: null }, parameters, null, weeks);
  const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);
  return { weeks, actualPurchases: sum(base.holdoutPurchases), expectedPurchases: sum(predictions.expectedPurchases) };
}

const column = (value: string | undefined): string | number | undefined => (value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : value);

function main(argv: readonly string[]): number {
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

  const horizon = values.horizon === undefined ? 52 : Number(values.horizon);
  if (!(Number.isFinite(horizon) && horizon > 0 && horizon <= 520)) return refuse(`--horizon ${values.horizon}: give weeks from more than 0 to 520`);

  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return refuse(`cannot read ${path}`);
  }
  if (size > MAX_BYTES) return refuse(`${path} is ${Math.round(size / 1024 / 1024)} MB; files up to ${MAX_BYTES / 1024 / 1024} MB are read`);
  const text = readFileSync(path, 'utf8');
  const kind = tableKind(text);
  const print = (output: object) => {
    process.stdout.write(`${JSON.stringify({ file: path, kind, ...output }, null, 1)}\n`);
    return 0;
  };

  const forCustomers = models.filter((model) => model !== 'sbg');
  if (kind === 'cohort' && !models.includes('sbg')) return refuse(`${path} is a cohort table: only --model sbg fits it`);
  if (kind !== 'cohort' && forCustomers.length === 0) return refuse(`${path} holds customers, not a cohort table: --model sbg does not fit it`);
  if (kind === 'cohort') {
    const active = readCohortTable(text);
    if (!active.ok) return refuse(`${path}: ${active.error}`);
    return print({ periods: active.value.length - 1, fits: [fitCohortTable(active.value)] });
  }
  if (kind === 'summary') {
    const base = readCustomerSummary(text);
    if (!base.ok) return refuse(`${path}: ${base.error}`);
    const fits = fitCustomerBase(base.value, forCustomers);
    const predictions = values.predictions === undefined ? null : writePredictions(values.predictions, base.value, fits, horizon);
    // A summary's time unit is the file's: the calibration reads it as weeks, as CDNOW's is.
    return print({ customers: base.value.x.length, fits, calibration: calibrationOf(fits), timeUnit: 'weeks (assumed: the simulation runs in weeks)', predictions });
  }
  const choice: ColumnChoice = { customer: column(values.customer), date: column(values.date), amount: column(values.amount), dateFormat: dateFormat as DateFormat | undefined };
  const read = readTransactions(text, choice);
  if (!read.ok) return refuse(`${path}: ${read.error}`);
  const { transactions, skipped, columns } = read.value;
  let calibrationEnd: number | undefined;
  if (values['calibration-end'] !== undefined) {
    const day = dayOf(values['calibration-end'], columns.dateFormat);
    if (day === null) return refuse(`--calibration-end ${values['calibration-end']}: not a date in the file's form ${columns.dateFormat}`);
    calibrationEnd = day;
  }
  const base = summarise(transactions, calibrationEnd);
  if (base.ids.length === 0) return refuse(`${path}: no customer bought before the end of the calibration period`);
  const calendar = columns.dateFormat !== 'days';
  const customerBase = { ...base, meanSpend: columns.amount === null ? null : base.meanSpend };
  const fits = fitCustomerBase(customerBase, forCustomers);
  const predictions = values.predictions === undefined ? null : writePredictions(values.predictions, customerBase, fits, horizon);
  return print({
    columns: { customer: columns.customer + 1, date: columns.date + 1, amount: columns.amount === null ? null : columns.amount + 1, names: columns.names, dateFormat: columns.dateFormat },
    transactions: transactions.customer.length,
    skippedCount: skipped.length,
    skipped: skipped.slice(0, LISTED_SKIPS),
    customers: base.ids.length,
    calibrationEnd: calendar ? isoDate(base.calibrationEnd) : base.calibrationEnd,
    fits,
    calibration: calibrationOf(fits),
    holdout: holdoutOf(base, fits),
    predictions,
  });
}

runMain(() => main(process.argv.slice(2)));
