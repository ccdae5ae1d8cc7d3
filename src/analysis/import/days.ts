/**
 * Dates of a transaction file as day numbers: whole days since 1 January 1970 (UTC), so that
 * differences are exact and no time zone or daylight-saving change can move a purchase. The
 * formats a file may use, each refused unless the day exists (no 31 April, no 29 February 2023),
 * and "days": a whole number of days from any origin, as the simulator's transaction export writes
 * its `day` column (guessed only when no calendar format fits).
 */

export const DATE_FORMATS = ['YYYY-MM-DD', 'YYYYMMDD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'days'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const PATTERNS: Record<Exclude<DateFormat, 'days'>, { pattern: RegExp; order: readonly ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }> = {
  'YYYY-MM-DD': { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/, order: ['y', 'm', 'd'] },
  YYYYMMDD: { pattern: /^(\d{4})(\d{2})(\d{2})$/, order: ['y', 'm', 'd'] },
  'DD/MM/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
  'DD.MM.YYYY': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
};

const MS_PER_DAY = 86_400_000;

/** The day number of `text` in `format`, or null if it is not a real date in that format. */
export function dayOf(text: string, format: DateFormat): number | null {
  if (format === 'days') return /^-?\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null;
  const { pattern, order } = PATTERNS[format];
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const parts = { y: 0, m: 0, d: 0 };
  order.forEach((part, index) => (parts[part] = Number(match[index + 1])));
  const time = Date.UTC(parts.y, parts.m - 1, parts.d);
  const date = new Date(time);
  if (date.getUTCFullYear() !== parts.y || date.getUTCMonth() !== parts.m - 1 || date.getUTCDate() !== parts.d) return null;
  return time / MS_PER_DAY;
}

/** The date of a day number, as YYYY-MM-DD. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The format in which the most samples parse (a few mistyped dates do not hide it), or null when
 * none parses or the best formats read the samples differently (01/02/2024: January or February?).
 */
export function guessDateFormat(samples: readonly string[]): DateFormat | null {
  const parsed = (format: DateFormat) => samples.filter((sample) => dayOf(sample, format) !== null).length;
  const calendar = DATE_FORMATS.filter((format) => format !== 'days');
  const counts = calendar.map(parsed);
  const most = Math.max(...counts);
  if (most === 0) return parsed('days') > 0 ? 'days' : null;
  const best = calendar.filter((_, index) => counts[index] === most);
  const reading = (format: DateFormat) => samples.map((sample) => dayOf(sample, format)).join();
  return best.every((format) => reading(format) === reading(best[0]!)) ? best[0]! : null;
}
