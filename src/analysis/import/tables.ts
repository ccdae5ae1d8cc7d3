/**
 * The two other files a user may bring besides transactions: a customer summary as lifetimes
 * writes it (a row per customer: frequency, recency and T in the file's time unit, optionally the
 * mean spend as monetary_value), and a cohort survival table (the customers still active at the
 * start and after each period). Column names are matched without case; the kind of a file is
 * told from its header. A bad cell is refused with its line and column.
 */
import { dsvFormat } from 'd3-dsv';
import type { Read } from './transactions.ts';
import type { RecencyFrequency } from '../fit/recencyFrequency.ts';

const DAYS_PER_WEEK = 7;

export type TableKind = 'summary' | 'cohort' | 'transactions';

const SUMMARY_COLUMNS = { x: ['frequency', 'x'], tx: ['recency', 't_x', 'tx'], T: ['t'], meanSpend: ['monetary_value', 'zbar', 'mean_spend'] };
const COHORT_COLUMNS = ['active', 'survivors', 'alive', 'customers', 'remaining'];

function headerOf(text: string): { names: string[]; rows: string[][] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ',';
  const [header = [], ...rows] = dsvFormat(delimiter).parseRows(body);
  return { names: header.map((name) => name.trim().toLowerCase()), rows: rows.filter((row) => row.some((cell) => cell.trim() !== '')) };
}

/** What a file holds, from its header. */
export function tableKind(text: string): TableKind {
  const { names } = headerOf(text);
  const has = (candidates: readonly string[]) => names.some((name) => candidates.includes(name));
  if (has(SUMMARY_COLUMNS.x) && has(SUMMARY_COLUMNS.tx) && has(SUMMARY_COLUMNS.T)) return 'summary';
  if (has(COHORT_COLUMNS)) return 'cohort';
  return 'transactions';
}

function numberAt(rows: string[][], column: number, index: number, name: string): Read<number> {
  const cell = rows[index]![column] ?? '';
  const value = cell.trim() === '' ? Number.NaN : Number(cell);
  return Number.isFinite(value) && value >= 0 ? { ok: true, value } : { ok: false, error: `line ${index + 2}, column ${name}: "${cell}" is not a number of 0 or more` };
}

/** A lifetimes-style customer summary. */
/** The unit of a summary's recency and T: lifetimes writes weeks or days as its user chose; the models read weeks. */
export type SummaryUnit = 'weeks' | 'days';
export const SUMMARY_UNITS: readonly SummaryUnit[] = ['weeks', 'days'];

export function readCustomerSummary(text: string, unit: SummaryUnit = 'weeks'): Read<RecencyFrequency & { meanSpend: Float64Array | null; ids: string[] }> {
  const { names, rows } = headerOf(text);
  const find = (candidates: readonly string[]) => names.findIndex((name) => candidates.includes(name));
  const columns = { x: find(SUMMARY_COLUMNS.x), tx: find(SUMMARY_COLUMNS.tx), T: find(SUMMARY_COLUMNS.T), meanSpend: find(SUMMARY_COLUMNS.meanSpend) };
  if (columns.x < 0 || columns.tx < 0 || columns.T < 0) return { ok: false, error: 'a customer summary needs the columns frequency, recency and T' };
  if (rows.length === 0) return { ok: false, error: 'the summary has no customers' };
  const x = new Float64Array(rows.length);
  const tx = new Float64Array(rows.length);
  const T = new Float64Array(rows.length);
  const meanSpend = columns.meanSpend >= 0 ? new Float64Array(rows.length) : null;
  const idColumn = names.findIndex((name) => name === 'id' || name === 'customer' || name === 'customer_id');
  const ids: string[] = [];
  for (let index = 0; index < rows.length; index++) {
    for (const [target, column, name] of [[x, columns.x, 'frequency'], [tx, columns.tx, 'recency'], [T, columns.T, 'T'], [meanSpend, columns.meanSpend, 'monetary_value']] as const) {
      if (target === null) continue;
      const value = numberAt(rows, column, index, name);
      if (!value.ok) return value;
      target[index] = value.value;
    }
    if (!Number.isInteger(x[index]!)) return { ok: false, error: `line ${index + 2}: frequency ${x[index]} is not a whole number of repeat purchases` };
    if (tx[index]! > T[index]!) return { ok: false, error: `line ${index + 2}: recency ${tx[index]} is after T ${T[index]}` };
    ids.push(idColumn >= 0 ? (rows[index]![idColumn] ?? '').trim() : String(index + 1));
  }
  if (unit === 'days') {
    for (let index = 0; index < rows.length; index++) {
      tx[index]! /= DAYS_PER_WEEK;
      T[index]! /= DAYS_PER_WEEK;
    }
  }
  return { ok: true, value: { x, tx, T, meanSpend, ids } };
}

/** A cohort's survivors: the first column named as a count of active customers, top to bottom. */
export function readCohortTable(text: string): Read<number[]> {
  const { names, rows } = headerOf(text);
  const column = names.findIndex((name) => COHORT_COLUMNS.includes(name));
  if (column < 0) return { ok: false, error: `a cohort table needs a column named ${COHORT_COLUMNS.join(', ')} or similar` };
  const active: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    const value = numberAt(rows, column, index, names[column]!);
    if (!value.ok) return value;
    active.push(value.value);
  }
  return { ok: true, value: active };
}
