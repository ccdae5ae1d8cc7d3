/**
 * How an experiment's measured figure reads: by the unit of the series it comes from (series.ts):
 * dollars as money, shares as percentages, people and events as counts, and any other unit
 * (satisfaction points, …) with three significant digits and the unit after it.
 */
import { formatCompact, formatNumber, formatSignificant, type NumberKind } from './numbers.ts';

const COUNTED = new Set(['people', 'purchases', 'weeks', 'complaints', 'claims', 'touches']);

/** The number kind of a series' unit, or null for a unit read as a plain number. */
export function kindOfUnit(unit: string): NumberKind | null {
  if (unit === '$') return 'money';
  if (unit === 'share') return 'share';
  return COUNTED.has(unit) ? 'count' : null;
}

const plain = (value: number) => formatSignificant(value, 3);

/** A figure for reading: "$12,400", "−$310", "1,204", "68.3%", "4.21 points". */
export function formatMeasured(value: number, unit: string): string {
  const kind = kindOfUnit(unit);
  if (!Number.isFinite(value)) return '—';
  return kind ? formatNumber(value, kind) : `${plain(value)} ${unit}`;
}

/** A short figure for a cell or a tick: "$12K", "−$310", "1.2K", "68%", "4.21". */
export function formatMeasuredCompact(value: number, unit: string): string {
  const kind = kindOfUnit(unit);
  if (!Number.isFinite(value)) return '—';
  return kind ? formatCompact(value, kind) : plain(value);
}
