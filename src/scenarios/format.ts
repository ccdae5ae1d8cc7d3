/**
 * How a debrief writes its numbers: in the scenario's language (English as US English), with the
 * same rules in Node (the CLI) and in the browser, so a figure reads the same wherever it was
 * computed. Money in dollars (cents only under $1,000), shares as percentages, counts whole,
 * points with two decimals; a crossing is a phrase ("week 37", "неделя 37") or "never".
 * `language` is a BCP 47 tag; "en" is written as US English, like the app's English.
 */

export type FigureKind = 'money' | 'share' | 'count' | 'points' | 'week';

type Formats = Record<'money0' | 'money2' | 'share' | 'count' | 'points', Intl.NumberFormat>;

const formatsByLanguage = new Map<string, Formats>();

function formatsOf(language: string): Formats {
  let formats = formatsByLanguage.get(language);
  if (!formats) {
    const locale = language === 'en' ? 'en-US' : language;
    formats = {
      money0: new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
      money2: new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 2, minimumFractionDigits: 2 }),
      share: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      count: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      points: new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
    };
    formatsByLanguage.set(language, formats);
  }
  return formats;
}

/** The words for a crossing that never happens and for a week, per language; English for any other. */
const WORDS_BY_LANGUAGE: Record<string, { never: string; week: (week: number) => string }> = {
  en: { never: 'never', week: (week) => `week ${week}` },
  ru: { never: 'никогда', week: (week) => `неделя ${week}` },
  hu: { never: 'soha', week: (week) => `${week}. hét` },
  ro: { never: 'niciodată', week: (week) => `săptămâna ${week}` },
};

/** The words for "never" and "week N" in a language: shared by the CLI and the app. */
export function figureWords(language = 'en'): { never: string; week: (week: number) => string } {
  return WORDS_BY_LANGUAGE[language] ?? WORDS_BY_LANGUAGE.en;
}

/** A number's kind from the unit of its series ("$", "share", "points", "people", …). */
export function kindOfUnit(unit: string): FigureKind {
  if (unit === '$') return 'money';
  if (unit === 'share') return 'share';
  if (unit === 'points') return 'points';
  return 'count';
}

/** A number for reading, without a sign for negatives when `unsigned`; a signed difference gets "+". */
export function formatFigure(
  value: number | null,
  kind: FigureKind,
  options: { signed?: boolean; unsigned?: boolean } = {},
  language = 'en',
): string {
  if (value === null || !Number.isFinite(value)) return kind === 'week' ? figureWords(language).never : '—';
  if (kind === 'week') return figureWords(language).week(value);
  const formats = formatsOf(language);
  const shown = options.unsigned ? Math.abs(value) : value;
  let text: string;
  if (kind === 'money') text = (Math.abs(shown) < 1000 ? formats.money2 : formats.money0).format(shown);
  else text = formats[kind].format(shown);
  // "-0" and "−$0" read as noise: a value that rounds to nothing is written without a sign.
  if (/^[-\u2212][^1-9]*$/.test(text)) text = text.slice(1);
  return options.signed && !options.unsigned && shown > 0 ? `+${text}` : text;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of a figure as shown: counts by their whole number, others by their value. */
export function pluralOf(value: number | null, kind: FigureKind, language = 'en'): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  if (value === null || !Number.isFinite(value)) return 'other';
  const shown = Math.abs(value);
  return rules.select(kind === 'count' || kind === 'week' ? Math.round(shown) : shown);
}
