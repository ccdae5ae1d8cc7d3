/**
 * Just enough Markdown reading for the documentation tests: headings (outside code fences), the
 * section under a heading, GitHub-style anchors, and prose with code removed.
 */

export interface Heading {
  level: number;
  text: string;
  /** Line index of the heading. */
  line: number;
}

/** Lines that are inside fenced code blocks, marked true. */
function fencedLines(lines: readonly string[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const line of lines) {
    const fence = /^\s*```/.test(line);
    inside.push(open || fence);
    if (fence) open = !open;
  }
  return inside;
}

export function headings(markdown: string): Heading[] {
  const lines = markdown.split('\n');
  const fenced = fencedLines(lines);
  const found: Heading[] = [];
  lines.forEach((line, index) => {
    const match = /^(#{1,6})\s+(.+?)\s*$/.exec(line);
    if (match && !fenced[index]) found.push({ level: match[1].length, text: match[2], line: index });
  });
  return found;
}

/** The text under a heading, up to the next heading of the same or a higher level. */
export function sectionText(markdown: string, heading: Heading): string {
  const lines = markdown.split('\n');
  const next = headings(markdown).find((other) => other.line > heading.line && other.level <= heading.level);
  return lines.slice(heading.line, next ? next.line : lines.length).join('\n');
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The text without fenced code blocks and inline code: what a reader sees as prose. */
export function proseOnly(markdown: string): string {
  const lines = markdown.split('\n');
  const fenced = fencedLines(lines);
  return lines
    .filter((_, index) => !fenced[index])
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
}
