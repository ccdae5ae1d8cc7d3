/**
 * Anchors for headings, made the way GitHub makes them, so that a link such as
 * `#parameter-reference` works both on GitHub and in the app: lower case, punctuation dropped,
 * each space a hyphen; a repeated heading gets "-1", "-2", … in the order of the document.
 */

export function slugOf(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Gives each heading of one document its anchor, counting repeats as github-slugger does. */
export class Slugger {
  private readonly occurrences = new Map<string, number>();

  next(text: string): string {
    const base = slugOf(text);
    let slug = base;
    // A later heading literally titled "a-1" must not clash with the second "a" either.
    while (this.occurrences.has(slug)) {
      const count = (this.occurrences.get(base) ?? 0) + 1;
      this.occurrences.set(base, count);
      slug = `${base}-${count}`;
    }
    this.occurrences.set(slug, 0);
    return slug;
  }
}
