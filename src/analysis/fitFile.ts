/**
 * A user's file from text to fits, as the CLI (`npm run fit`) and the app's worker both do it:
 * what kind of file it is (transactions, a customer summary or a cohort table), its rows read and
 * the bad ones listed, the customer base summarised, every model that applies fitted, the
 * simulation calibrated from the better purchase model, the holdout check, what the view draws
 * (diagnostics/), and on request each customer's predictions as CSV. Pure: text in, numbers out. Time in weeks.
 */
import { cohortSurvival, type CohortSurvival } from './diagnostics/cohortSurvival.ts';
import { customerDiagnostics, estimatesOf, type CustomerDiagnostics } from './diagnostics/customerDiagnostics.ts';
import { calibrateFromBgNbd, calibrateFromParetoNbd, LEFT_AT_DEFAULTS, type Calibration } from './fit/calibration.ts';
import type { BgNbdParameters } from './fit/bgnbd.ts';
import { fitCohortTable, fitCustomerBase, MODEL_IDS, type ModelFit, type ModelId } from './fit/fitModels.ts';
import { LARGE_BASE } from './fit/maximumLikelihood.ts';
import type { GammaGammaParameters } from './fit/gammaGamma.ts';
import type { ParetoNbdParameters } from './fit/paretoNbd.ts';
import { predictCustomers } from './fit/predictions.ts';
import type { RecencyFrequency } from './fit/recencyFrequency.ts';
import { predictionsCsv } from './export/predictionsCsv.ts';
import { sumOf } from './sumOf.ts';
import { dayOf, isoDate, type DateFormat } from './import/days.ts';
import { summarise, type CustomerBase } from './import/summarise.ts';
import { readCohortTable, readCustomerSummary, tableKind, type SummaryUnit } from './import/tables.ts';
import { readTransactions, type ColumnChoice, type Read, type ReadTransactions, type SkippedRow } from './import/transactions.ts';

/** Files above this size are refused rather than read into memory (about 10 million rows of transactions). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface FitOptions extends ColumnChoice {
  /**
   * The models to fit (default: every one that applies, but Pareto/NBD only up to LARGE_BASE
   * customers: its likelihood needs two hypergeometric functions per distinct pair of frequency
   * and time, about 8 s of fitting at 100,000 customers, on top of the others).
   */
  models?: readonly ModelId[];
  /** The last day of the calibration period, in the file's date format (default: its last day). */
  calibrationEnd?: string;
  /** A customer summary's unit of time (default: weeks). */
  summaryUnit?: SummaryUnit;
}

/** A base the purchase and spend models read, with the customers' ids. */
export type FittedBase = RecencyFrequency & { ids: readonly string[]; meanSpend: ArrayLike<number> | null };

export interface SimulationCalibration extends Calibration {
  /** The purchase model it comes from. */
  from: ModelId;
  leftAtDefaults: string;
}

export interface Holdout {
  weeks: number;
  actualPurchases: number;
  expectedPurchases: number;
}

export type FileFit =
  | { kind: 'cohort'; active: number[]; fits: ModelFit[]; survival: CohortSurvival }
  | {
      kind: 'summary';
      /** The unit the summary's times were read in. */
      unit: SummaryUnit;
      base: FittedBase;
      fits: ModelFit[];
      /** Models left out by default for the base's size (FitOptions.models), to fit on request. */
      leftOut: ModelId[];
      calibration: SimulationCalibration | null;
      diagnostics: CustomerDiagnostics | null;
    }
  | {
      kind: 'transactions';
      /** The columns used, numbered from 1, with the header's names and the date format. */
      columns: { customer: number; date: number; amount: number | null; names: string[] | null; dateFormat: DateFormat };
      transactions: number;
      skipped: SkippedRow[];
      /** The calibration period's last day: a date (YYYY-MM-DD), or a day number for files in days. */
      calibrationEnd: string | number;
      base: FittedBase & Omit<CustomerBase, 'meanSpend'>;
      fits: ModelFit[];
      leftOut: ModelId[];
      calibration: SimulationCalibration | null;
      holdout: Holdout | null;
      diagnostics: CustomerDiagnostics | null;
    };

/**
 * What a page shows of a fit: all of it but the per-customer base, which stays where the fit was
 * made (the worker), with the number of customers in its place. A base of 100,000 customers sent
 * to the page would hold its main thread for a fifth of a second.
 */
export type FitOnScreen = FileFit extends infer Fit ? (Fit extends { base: unknown } ? Omit<Fit, 'base'> & { customers: number } : Fit) : never;

/** A fit as a page shows it (FitOnScreen). */
export function onScreen(fit: FileFit): FitOnScreen {
  if (fit.kind === 'cohort') return fit;
  const { base, ...rest } = fit;
  return { ...rest, customers: base.x.length } as FitOnScreen;
}

const bgnbdOf = (fit: ModelFit) => estimatesOf<BgNbdParameters>(fit);
const spendOf = (fits: readonly ModelFit[]): GammaGammaParameters | null => {
  const fit = fits.find((one) => one.model === 'gg');
  return fit ? estimatesOf<GammaGammaParameters>(fit) : null;
};

/** The simulation calibrated from the purchase model with the lower AIC, and Gamma-Gamma's spend. */
function calibrationOf(fits: readonly ModelFit[]): SimulationCalibration | null {
  const purchase = fits.filter((fit) => fit.model === 'bgnbd' || fit.model === 'pareto').sort((left, right) => left.aic - right.aic)[0];
  if (!purchase) return null;
  const spend = spendOf(fits);
  const calibration =
    purchase.model === 'bgnbd' ? calibrateFromBgNbd(bgnbdOf(purchase), spend) : calibrateFromParetoNbd(estimatesOf<ParetoNbdParameters>(purchase), spend);
  return { from: purchase.model, ...calibration, leftAtDefaults: LEFT_AT_DEFAULTS };
}

/** The purchases made after the calibration period against BG/NBD's forecasts for the same customers. */
function holdoutOf(base: CustomerBase, fits: readonly ModelFit[]): Holdout | null {
  const weeks = (base.lastDay - base.calibrationEnd) / 7;
  const purchases = fits.find((fit) => fit.model === 'bgnbd');
  if (!(weeks > 0) || !purchases) return null;
  const predictions = predictCustomers({ ...base, meanSpend: null }, bgnbdOf(purchases), null, weeks);
  return { weeks, actualPurchases: sumOf(base.holdoutPurchases), expectedPurchases: sumOf(predictions.expectedPurchases) };
}

/** The models to fit to a base of `customers`: those asked for, or by default all but what is too slow for its size. */
function modelsFor(customers: number, asked: readonly ModelId[] | undefined, applicable: readonly ModelId[]): { fit: ModelId[]; leftOut: ModelId[] } {
  if (asked) return { fit: [...applicable], leftOut: [] };
  const slow = customers > LARGE_BASE ? (['pareto'] as ModelId[]) : [];
  return { fit: applicable.filter((model) => !slow.includes(model)), leftOut: slow };
}

const NOT_A_COHORT_TABLE: Read<FileFit> = { ok: false, error: 'this file holds customers, not a cohort table: sbg does not fit it' };

/** The fits of a file's text, or one sentence on why the file cannot be fitted. */
export function fitFile(text: string, options: FitOptions = {}): Read<FileFit> {
  const models = options.models ?? MODEL_IDS;
  const kind = tableKind(text);
  const forCustomers = models.filter((model) => model !== 'sbg');
  if (kind === 'cohort') {
    if (!models.includes('sbg')) return { ok: false, error: 'this is a cohort table: only sbg fits it' };
    const active = readCohortTable(text);
    if (!active.ok) return active;
    const fit = fitCohortTable(active.value);
    return { ok: true, value: { kind, active: active.value, fits: [fit], survival: cohortSurvival(active.value, estimatesOf(fit)) } };
  }
  if (forCustomers.length === 0) return NOT_A_COHORT_TABLE;
  if (kind === 'summary') {
    const unit = options.summaryUnit ?? 'weeks';
    const base = readCustomerSummary(text, unit);
    if (!base.ok) return base;
    const chosen = modelsFor(base.value.x.length, options.models, forCustomers);
    const fits = fitCustomerBase(base.value, chosen.fit);
    return {
      ok: true,
      value: { kind, unit, base: base.value, fits, leftOut: chosen.leftOut, calibration: calibrationOf(fits), diagnostics: customerDiagnostics(base.value, fits, null) },
    };
  }
  return fitTransactions(readTransactions(text, options), options);
}

/** The fits of a file of transactions once read (readTransactions, or a TransactionReader fed in chunks). */
export function fitTransactions(read: Read<ReadTransactions>, options: FitOptions = {}): Read<FileFit> {
  const forCustomers = (options.models ?? MODEL_IDS).filter((model) => model !== 'sbg');
  if (forCustomers.length === 0) return NOT_A_COHORT_TABLE;
  if (!read.ok) return read;
  const { transactions, skipped, columns } = read.value;
  let calibrationEnd: number | undefined;
  if (options.calibrationEnd !== undefined) {
    const day = dayOf(options.calibrationEnd, columns.dateFormat);
    if (day === null) return { ok: false, error: `the end of calibration "${options.calibrationEnd}" is not a date in the file's form ${columns.dateFormat}` };
    calibrationEnd = day;
  }
  const summary = summarise(transactions, calibrationEnd);
  if (summary.ids.length === 0) return { ok: false, error: 'no customer bought before the end of the calibration period' };
  if (!Array.from(summary.x).some((repeats) => repeats > 0)) {
    return { ok: false, error: 'no customer bought again before the end of the calibration period: the models learn from repeat purchases' };
  }
  const base = { ...summary, meanSpend: columns.amount === null ? null : summary.meanSpend };
  const chosen = modelsFor(base.x.length, options.models, forCustomers);
  const fits = fitCustomerBase(base, chosen.fit);
  return {
    ok: true,
    value: {
      kind: 'transactions',
      columns: { customer: columns.customer + 1, date: columns.date + 1, amount: columns.amount === null ? null : columns.amount + 1, names: columns.names, dateFormat: columns.dateFormat },
      transactions: transactions.customer.length,
      skipped,
      calibrationEnd: columns.dateFormat === 'days' ? summary.calibrationEnd : isoDate(summary.calibrationEnd),
      base,
      fits,
      leftOut: chosen.leftOut,
      calibration: calibrationOf(fits),
      holdout: holdoutOf(summary, fits),
      diagnostics: customerDiagnostics(base, fits, summary),
    },
  };
}

/**
 * Each customer's predictions over `horizon` weeks as CSV (predictionsCsv.ts), from the fit's
 * BG/NBD and Gamma-Gamma (fitted here when the fit did not include them); null for a cohort table.
 */
export function predictionsOfFit(fileFit: FileFit, horizon: number): string | null {
  if (fileFit.kind === 'cohort') return null;
  const { base, fits } = fileFit;
  const purchases = fits.find((fit) => fit.model === 'bgnbd') ?? fitCustomerBase(base, ['bgnbd'])[0]!;
  const spend = spendOf(fits) ?? (base.meanSpend ? spendOf(fitCustomerBase(base, ['gg'])) : null);
  return predictionsCsv(base, predictCustomers(base, bgnbdOf(purchases), spend, horizon), horizon);
}
