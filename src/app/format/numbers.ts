/**
 * How numbers read on screen: counts of people, money in dollars and shares as percentages, in
 * the locale of the language on screen (formatters are kept per locale, so a switch of language
 * re-formats). Full precision for the summary; compact forms for chart axes.
 */
import { counted, locale, type FormattedCount } from '../i18n/t.ts';

export type NumberKind = 'count' | 'money' | 'share';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = locale();
  const key = `${tag} ${name}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    cache.set(key, format);
  }
  return format;
}

/** A number for reading: "2,215", "$606,852", "$54.77", "68.3%". */
export function formatNumber(value: number, kind: NumberKind): string {
  if (!Number.isFinite(value)) return '—';
  if (kind === 'count') return formatter('count', { maximumFractionDigits: 0 }).format(value);
  if (kind === 'share') return formatter('share', { style: 'percent', maximumFractionDigits: 1 }).format(value);
  // Cents matter on small amounts (a cost per customer), not on a profit of thousands.
  const cents = Math.abs(value) < 1000;
  return formatter(cents ? 'money2' : 'money0', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(value);
}

/**
 * A short number for an axis tick: "$600K", "−$2K", "8K", "$1.5K". The fewest fraction digits is
 * set to 0: the currency style's default minimum (2, clamped to 1) gave "$1.0K" in WebKit and Node
 * but "$1K" in Chromium.
 */
export function formatCompact(value: number, kind: NumberKind): string {
  if (kind === 'share') return formatNumber(value, 'share');
  const options: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 };
  if (kind === 'money') return formatter('moneyCompact', { ...options, style: 'currency', currency: 'USD' }).format(value);
  return formatter('countCompact', options).format(value);
}

/** A number rounded to whole units, for a label on a chart: "$220", "−$12", "1,204", "68%". */
export function formatRounded(value: number, kind: NumberKind): string {
  if (!Number.isFinite(value)) return '—';
  if (kind === 'share') return formatter('share0', { style: 'percent', maximumFractionDigits: 0 }).format(value);
  if (kind === 'count') return formatNumber(value, 'count');
  return formatter('money0', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);
}

/** A plain number to `digits` significant digits: "0.001333", "1,250", "4.21". */
export function formatSignificant(value: number, digits: number): string {
  return formatter(`significant${digits}`, { maximumSignificantDigits: digits }).format(value);
}

/** Seconds with two decimals, from milliseconds. */
export function formatSeconds(milliseconds: number): string {
  return formatter('seconds', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(milliseconds / 1000);
}

/** A whole count for a message's placeholder: shown as "1,204", choosing the plural by 1204. */
export function countOf(value: number): FormattedCount {
  return counted(value, formatNumber(value, 'count'));
}
