/**
 * The articles' own words in a scenario's story. A Russian, Hungarian or Romanian story quotes
 * the article it comes from in that article's language, verbatim, each quote followed by its id:
 * «…» (S0.R1) in Russian, „…” (S1.B) in Hungarian and Romanian. These functions find the quotes
 * and say which are not the article's words character for character (spacing aside), and which
 * of the article's ids the English story cites have no quote.
 */

/** Each article by its id prefix: the language it is written in and its file's prefix in ../shared/seeds. */
export const ARTICLES: Record<string, { language: string; seedPrefix: string }> = {
  S0: { language: 'ru', seedPrefix: '000_' },
  S1: { language: 'hu', seedPrefix: '001_' },
  S2: { language: 'ro', seedPrefix: '002_' },
};

const QUOTES: Record<string, RegExp> = {
  ru: /«([^»]+)»\s*\((S\d\.[A-Z]+\d*)\)/g,
  hu: /„([^”]+)”\s*\((S\d\.[A-Z]+\d*)\)/g,
  ro: /„([^”]+)”\s*\((S\d\.[A-Z]+\d*)\)/g,
};

/** The shortest quote that counts as the article's words rather than a term. */
export const MIN_QUOTE = 20;

export interface Quote {
  text: string;
  id: string;
}

/** The quotes with ids in a story written in `language`. */
export function quotesIn(story: string, language: string): Quote[] {
  const pattern = QUOTES[language];
  if (!pattern) return [];
  return [...story.matchAll(pattern)].map((match) => ({ text: match[1], id: match[2] }));
}

/** The article an id belongs to ("S0" for S0.R1). */
export function articleOf(id: string): string {
  return id.split('.')[0];
}

const spaced = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * What is wrong with a translated story's originals: quotes that are not verbatim, too short or of
 * another article, and ids of the language's own article that the English story cites but the
 * translation does not quote. `seed` is the text of the language's own article.
 */
export function originalProblems(englishStory: string, story: string, language: string, seed: string): string[] {
  const problems: string[] = [];
  const source = spaced(seed);
  const quotes = quotesIn(story, language);
  for (const quote of quotes) {
    const article = ARTICLES[articleOf(quote.id)];
    if (article?.language !== language) problems.push(`the quote of ${quote.id} is not from the ${language} article: retell it instead`);
    else if (spaced(quote.text).length < MIN_QUOTE) problems.push(`the quote of ${quote.id} has fewer than ${MIN_QUOTE} characters: "${quote.text}"`);
    else if (!source.includes(spaced(quote.text))) problems.push(`the quote of ${quote.id} is not the article's words verbatim: "${quote.text}"`);
  }
  const cited = new Set([...englishStory.matchAll(/\b(S\d\.[A-Z]+\d*)\b/g)].map((match) => match[1]));
  for (const id of cited) {
    if (ARTICLES[articleOf(id)]?.language !== language) continue;
    if (!quotes.some((quote) => quote.id === id)) problems.push(`the story cites ${id} of the ${language} article without quoting its words: «…» (${id}) or „…” (${id})`);
  }
  return problems;
}
