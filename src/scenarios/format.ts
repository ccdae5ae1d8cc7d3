/**
 * How a debrief writes its numbers: always in US English, with the same rules in Node (the CLI)
 * and in the browser, so a figure reads the same wherever it was computed. Money in dollars
 * (cents only under $1,000), shares as percentages, counts whole, points with two decimals.
 */

export type FigureKind = 'money' | 'share' | 'count' | 'points' | 'week';

const LOCALE = 'en-US';
const formats = {
  money0: new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
  money2: new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', maximumFractionDigits: 2, minimumFractionDigits: 2 }),
  share: new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 }),
  count: new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }),
  points: new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
};

/** The words for a crossing that never happens and for a week: shared by the CLI and the app. */
export const WORDS = { never: 'never', week: (week: number) => `week ${week}` };

/** A number's kind from the unit of its series ("$", "share", "points", "people", …). */
export function kindOfUnit(unit: string): FigureKind {
  if (unit === '$') return 'money';
  if (unit === 'share') return 'share';
  if (unit === 'points') return 'points';
  return 'count';
}

/** A number for reading, without a sign for negatives when `unsigned`; a signed difference gets "+". */
export function formatFigure(value: number | null, kind: FigureKind, options: { signed?: boolean; unsigned?: boolean } = {}): string {
  if (value === null || !Number.isFinite(value)) return kind === 'week' ? WORDS.never : '—';
  if (kind === 'week') return WORDS.week(value);
  const shown = options.unsigned ? Math.abs(value) : value;
  let text: string;
  if (kind === 'money') text = (Math.abs(shown) < 1000 ? formats.money2 : formats.money0).format(shown);
  else text = formats[kind].format(shown);
  // "-0" and "−$0" read as noise: a value that rounds to nothing is written without a sign.
  if (/^-[^1-9]*$/.test(text)) text = text.slice(1);
  return options.signed && !options.unsigned && shown > 0 ? `+${text}` : text;
}
