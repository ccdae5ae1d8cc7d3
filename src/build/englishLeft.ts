/**
 * Finding English left in a text meant to be in another language: the common English words
 * (function words and the app's own nouns) that no Russian, Hungarian or Romanian sentence uses,
 * counted as whole words outside code spans, template tags, ids (S2.R5) and parameter keys
 * (outreach.costPerTouch). Used by the scenarios' translation check and the tests that read every
 * view and step in each language. A hit is a word, with a little of the text around it.
 */

/** Words that are English and nothing else in the app's four languages (Hungarian "is", "a", "én" and Romanian "a", "de" are not here). */
const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'with', 'that', 'this', 'which', 'what', 'when', 'where', 'why', 'how',
  'are', 'was', 'were', 'for', 'from', 'into', 'than', 'then', 'their', 'they', 'them', 'will',
  'would', 'can', 'does', 'not', 'more', 'less', 'every', 'each', 'after', 'before', 'over', 'only',
  'customer', 'customers', 'profit', 'week', 'weeks', 'run', 'seeds', 'seed', 'points', 'card',
  'cards', 'shop', 'market', 'price', 'people', 'chart', 'line', 'step', 'debrief', 'teacher',
  'learners', 'cumulative', 'difference', 'ahead', 'behind', 'never', 'always', 'loyal', 'loyalty',
]);

/** Words of that list that are also words of a language (Romanian "are", has; "card"; "profit"). */
const ALSO_WORDS_OF: Record<string, ReadonlySet<string>> = {
  ro: new Set(['are', 'card', 'profit']),
  hu: new Set(['profit']),
};

/** Names kept in their own spelling in every language. */
const NAMES = [/Knights\s+of\s+Columbus/g];

export interface EnglishHit {
  word: string;
  /** Some of the text around the word. */
  around: string;
}

/** The text with what is not prose blanked out: code, template tags, ids (S2.R5, why-retention), parameter keys, links' targets. */
function proseOf(text: string): string {
  return NAMES.reduce((prose, name) => prose.replace(name, ' '), text)
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\{[^{}]*\}\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\bS\d\.[A-Z]+\d*\b/g, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b(?!-)/g, ' ')
    .replace(/\b[A-Za-z]+\.[A-Za-z.]+\b/g, ' ');
}

/** The English words in a text written in `language` (a language tag), in order. */
export function englishLeft(text: string, language: string): EnglishHit[] {
  const prose = proseOf(text);
  const alsoOurs = ALSO_WORDS_OF[language];
  const hits: EnglishHit[] = [];
  for (const match of prose.matchAll(/\p{L}+(?:'\p{L}+)?/gu)) {
    const word = match[0].toLowerCase();
    if (!ENGLISH_WORDS.has(word) || alsoOurs?.has(word)) continue;
    const at = match.index ?? 0;
    hits.push({ word: match[0], around: prose.slice(Math.max(0, at - 30), at + match[0].length + 30).replace(/\s+/g, ' ').trim() });
  }
  return hits;
}
