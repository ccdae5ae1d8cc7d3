/**
 * A document's table of contents: its sections (level-2 headings), each with its subsections
 * (level 3). The title (level 1) and deeper headings are left out.
 */
import type { DocHeading } from './markdown.ts';

export interface ContentsEntry {
  id: string;
  text: string;
  children: { id: string; text: string }[];
}

export function tableOfContents(headings: readonly DocHeading[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const { depth, id, text } of headings) {
    if (depth === 2) entries.push({ id, text, children: [] });
    else if (depth === 3) entries.at(-1)?.children.push({ id, text });
  }
  return entries;
}
