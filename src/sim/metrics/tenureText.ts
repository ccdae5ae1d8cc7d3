/**
 * The tenure table as text and as CSV (the CLI's --format tenure and tenure-csv): one row per
 * tenure year, profit per customer-year in dollars by source, and the customer-years behind it.
 */
import { tenureProfit, tenureSources, type TenureTable } from './tenureTable.ts';

const HEADINGS = ['year', 'customerYears', ...tenureSources, 'total'] as const;

function yearLabel(year: number, last: number): string {
  return year === last ? `${year}+` : String(year);
}

export function tenureCsv(table: TenureTable): string {
  const rows = tenureProfit(table);
  const lines = [HEADINGS.join(',')];
  for (const row of rows) {
    const money = [...tenureSources.map((source) => row[source]), row.total].map((value) => value.toFixed(2));
    lines.push([yearLabel(row.year, rows.length), row.customerYears.toFixed(1), ...money].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function tenureText(table: TenureTable): string {
  const rows = tenureProfit(table);
  const titles = ['Year', 'Customer-years', 'Base margin', 'Spend growth', 'Cost savings', 'Referrals', 'Price premium', 'Total'];
  const cells = rows.map((row) => [
    yearLabel(row.year, rows.length), row.customerYears.toFixed(0),
    ...[...tenureSources.map((source) => row[source]), row.total].map((value) => `$${value.toFixed(2)}`),
  ]);
  const widths = titles.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const format = (line: readonly string[]) => line.map((cell, column) => cell.padStart(widths[column])).join('  ');
  return [
    'Profit per customer-year by year of tenure, by source (Reichheld & Sasser 1990, from this run).',
    `Referrals are valued at $${(table.referralValueCents / 100).toFixed(2)} a referred customer won; acquisition is not included.`,
    '',
    format(titles),
    ...cells.map(format),
    '',
  ].join('\n');
}
