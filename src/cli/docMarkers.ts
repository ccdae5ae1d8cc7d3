/**
 * The generated part of a documentation file: the text between two HTML comment markers. Reading
 * it and replacing it are pure string functions, shared by `npm run docs` and the tests; a file
 * whose markers are missing, repeated or out of order is refused with a sentence saying so.
 */

export const START_MARKER = '<!-- params:start -->';
export const END_MARKER = '<!-- params:end -->';

type Located = { ok: true; start: number; end: number } | { ok: false; error: string };

function locate(doc: string): Located {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start < 0 || end < 0) {
    return { ok: false, error: `the file needs the markers ${START_MARKER} and ${END_MARKER}` };
  }
  if (doc.indexOf(START_MARKER, start + 1) >= 0 || doc.indexOf(END_MARKER, end + 1) >= 0) {
    return { ok: false, error: 'each marker may appear only once' };
  }
  if (end < start) return { ok: false, error: `${END_MARKER} comes before ${START_MARKER}` };
  return { ok: true, start: start + START_MARKER.length, end };
}

/** The generated text between the markers, without the blank lines around it. */
export function generatedPart(doc: string): string {
  const place = locate(doc);
  if (!place.ok) throw new Error(place.error);
  return doc.slice(place.start, place.end).trim();
}

/** The document with the text between the markers replaced by `generated`. */
export function withGeneratedPart(doc: string, generated: string): string {
  const place = locate(doc);
  if (!place.ok) throw new Error(place.error);
  return `${doc.slice(0, place.start)}\n\n${generated.trim()}\n\n${doc.slice(place.end)}`;
}

/** The document with the generated part removed: the prose a writer maintains by hand. */
export function handWrittenPart(doc: string): string {
  return withGeneratedPart(doc, '');
}
