/**
 * Reading a user's transactions: CDNOW's raw purchases (../shared/data/cdnow/CDNOW_sample.txt,
 * never copied in) summarised to the very numbers lifetimes gives; delimiters, headers, quoted
 * fields and date formats found from the file; every kind of bad file refused with a sentence and
 * every bad row skipped with its line number and reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOf, guessDateFormat, isoDate } from '../../../src/analysis/import/days.ts';
import { summarise } from '../../../src/analysis/import/summarise.ts';
import { readCohortTable, readCustomerSummary, tableKind } from '../../../src/analysis/import/tables.ts';
import { readTransactions, type ColumnChoice, type ReadTransactions } from '../../../src/analysis/import/transactions.ts';
import { CDNOW_FOLDER, readCdnowHistories } from '../../support/buyTillYouDie.ts';

function read(text: string, choice?: ColumnChoice): ReadTransactions {
  const checked = readTransactions(text, choice);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

function refusal(text: string, choice?: ColumnChoice): string {
  const checked = readTransactions(text, choice);
  return checked.ok ? 'read' : checked.error;
}

describe('dates', () => {
  it('reads each format to the same day, and refuses days that do not exist', () => {
    const day = dayOf('1997-09-30', 'YYYY-MM-DD');
    expect(dayOf('19970930', 'YYYYMMDD')).toBe(day);
    expect(dayOf('30/09/1997', 'DD/MM/YYYY')).toBe(day);
    expect(dayOf('09/30/1997', 'MM/DD/YYYY')).toBe(day);
    expect(dayOf('30.09.1997', 'DD.MM.YYYY')).toBe(day);
    expect(isoDate(day!)).toBe('1997-09-30');
    expect(dayOf('2023-02-29', 'YYYY-MM-DD')).toBeNull();
    expect(dayOf('2024-02-29', 'YYYY-MM-DD')).not.toBeNull();
    expect(dayOf('31/04/2024', 'DD/MM/YYYY')).toBeNull();
  });

  it('guesses a format only when the dates tell it apart', () => {
    expect(guessDateFormat(['2024-01-02', '2024-12-31'])).toBe('YYYY-MM-DD');
    expect(guessDateFormat(['01/02/2024', '25/02/2024'])).toBe('DD/MM/YYYY');
    expect(guessDateFormat(['01/02/2024', '03/04/2024'])).toBeNull();
    // Ambiguous only in form: 05/05 is the same day either way.
    expect(guessDateFormat(['05/05/2024'])).toBe('DD/MM/YYYY');
  });
});

const cdnowRaw = `${CDNOW_FOLDER}CDNOW_sample.txt`;
describe.skipIf(!existsSync(cdnowRaw))('CDNOW\'s raw purchases', () => {
  it('summarise, with calibration to 30 September 1997, to lifetimes\' x, tₓ, T and mean spend for all 2,357 customers', () => {
    const { transactions, skipped, columns } = read(readFileSync(cdnowRaw, 'utf8'), { customer: 1, date: 3, amount: 5 });
    expect(skipped).toEqual([]);
    expect(columns.delimiter).toBe('spaces');
    expect(columns.dateFormat).toBe('YYYYMMDD');
    const base = summarise(transactions, dayOf('1997-09-30', 'YYYY-MM-DD')!);
    const published = readCdnowHistories()!;
    expect(base.ids.length).toBe(2357);
    for (let customer = 0; customer < 2357; customer++) {
      expect(base.x[customer]).toBe(published.x[customer]);
      expect(Math.abs(base.tx[customer]! - published.tx[customer]!)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(base.T[customer]! - published.T[customer]!)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(base.meanSpend[customer]! - published.meanSpend[customer]!)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    // The holdout: purchases after September 1997, to June 1998.
    expect(base.holdoutPurchases.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    expect(isoDate(base.lastDay)).toBe('1998-06-30');
  });
});

describe('readTransactions', () => {
  it('finds the columns from a header, in any order, with quoted fields, a BOM and a semicolon', () => {
    const { transactions, columns } = read('\uFEFFOrder date;Total;Customer ID\n2024-01-05;"1 200.50";A\n2024-01-05;3;B\n');
    expect(columns.names).toEqual(['Order date', 'Total', 'Customer ID']);
    expect([columns.customer, columns.date, columns.amount]).toEqual([2, 0, 1]);
    expect(transactions.customer).toEqual(['A', 'B']);
    expect([...transactions.amount]).toEqual([1200.5, 3]);
  });

  it('merges a customer\'s purchases of one day and counts the repeat days', () => {
    const { transactions } = read('customer,date,amount\nA,2024-01-01,10\nA,2024-01-01,5\nA,2024-01-15,20\nA,2024-01-29,40\nB,2024-01-29,7\n');
    const base = summarise(transactions, dayOf('2024-01-22', 'YYYY-MM-DD')!);
    expect(base.ids).toEqual(['A']);
    expect([base.x[0], base.tx[0], base.T[0], base.meanSpend[0], base.holdoutPurchases[0]]).toEqual([1, 2, 3, 20, 1]);
  });

  it('skips each bad row with its line and reason, and keeps the rest', () => {
    const { transactions, skipped } = read('customer,date,amount\nA,2024-01-01,10\n,2024-01-02,3\nB,2024-13-01,4\nC,2024-01-03,-5\nD,2024-01-04,ten\nE,2024-01-05,$8\n');
    expect(transactions.customer).toEqual(['A', 'E']);
    expect(skipped).toEqual([
      { line: 3, reason: 'no customer' },
      { line: 4, reason: '"2024-13-01" is not a date in the form YYYY-MM-DD' },
      { line: 5, reason: 'the amount -5 is negative (a return, not a purchase)' },
      { line: 6, reason: 'the amount "ten" is not a number' },
    ]);
  });

  it('refuses a file it cannot read, saying why', () => {
    expect(refusal('')).toBe('the file is empty, or its first line is');
    expect(refusal('PK\u0003\u0004\u0000\u0000binary')).toMatch(/not text .* a CSV or TSV file is needed/);
    expect(refusal('who,when,how much\nA,2024-01-01,3\n')).toMatch(/which column is the customer\? None of the headers \(who, when, how much\) says/);
    expect(refusal('customer,date\nA,2024-01-01\n', { amount: 'price' })).toBe('the file has no column named "price" (its columns: customer, date)');
    expect(refusal('customer,date\nA,2024-01-01\n', { date: 7 })).toBe("the date column 7 is not one of the file's columns 1 to 2");
    expect(refusal('customer,date\nA,01/02/2024\nB,03/04/2024\n')).toBe('column 2 (such as "01/02/2024") holds no dates in a format that can be told apart: choose the date column, or its format (YYYY-MM-DD, YYYYMMDD, DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY, days)');
    // Whole numbers are days only in a column named so: CDNOW's sample id is not a date.
    expect(refusal(' 00004 0001 19970101  2   29.33\n')).toMatch(/^column 2 \(such as "0001"\) holds no dates/);
    expect(refusal('customer,date\nA,2024-01-01\nB,2024-01-02\n')).toBe('read');
    expect(refusal('customer,date\n,2024-01-01\n')).toBe('no row could be read (line 2: no customer)');
  });

  it('reads a file without a header as customer, date, …, amount', () => {
    const { transactions, columns } = read('17\t2024-03-01\t2\t19.99\n18\t2024-03-02\t1\t5\n');
    expect(columns.delimiter).toBe('\t');
    expect(columns.names).toBeNull();
    expect([...transactions.amount]).toEqual([19.99, 5]);
  });
});

describe('summaries and cohort tables', () => {
  it('are told apart from transactions by their headers', () => {
    expect(tableKind('ID,frequency,recency,T\n1,2,30.43,38.86\n')).toBe('summary');
    expect(tableKind('ID,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\n')).toBe('summary');
    expect(tableKind('period\tactive\n0\t1000\n')).toBe('cohort');
    expect(tableKind('customer,date,amount\nA,2024-01-01,3\n')).toBe('transactions');
  });

  it('read a summary, with spend where given, and refuse an impossible row', () => {
    const summary = readCustomerSummary('customer_id,frequency,recency,T,monetary_value\nA,2,30.43,38.86,22.35\nB,0,0,38.86,0\n');
    expect(summary.ok && [summary.value.ids, Array.from(summary.value.x), [...summary.value.meanSpend!]]).toEqual([['A', 'B'], [2, 0], [22.35, 0]]);
    // lifetimes writes days as often as weeks: a summary in days is read into the models' weeks.
    const inDays = readCustomerSummary('frequency,recency,T\n2,14,70\n', 'days');
    expect(inDays.ok && [inDays.value.tx[0], inDays.value.T[0]]).toEqual([2, 10]);
    const fractional = readCustomerSummary('frequency,recency,T\n1.5,3,4\n');
    expect(fractional.ok ? '' : fractional.error).toBe('line 2: frequency 1.5 is not a whole number of repeat purchases');
    const negative = readCustomerSummary('frequency,recency,T\n1,-3,4\n');
    expect(negative.ok ? '' : negative.error).toBe('line 2, column recency: "-3" is not a number of 0 or more');
  });

  it('read a cohort table top to bottom, and refuse a cell that is not a count', () => {
    const table = readCohortTable('year,active\n0,1000\n1,631\n');
    expect(table.ok && table.value).toEqual([1000, 631]);
    const bad = readCohortTable('year,active\n0,1000\n1,many\n');
    expect(bad.ok ? '' : bad.error).toBe('line 3, column active: "many" is not a number of 0 or more');
  });
});
