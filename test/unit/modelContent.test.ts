/**
 * The model's documentation as the app renders it (before sanitising, which needs a browser):
 * every heading gets GitHub's anchor, repeated headings count up, every `#anchor` link in
 * content/model.md lands on a heading, the table of contents lists every section, tables sit in
 * labelled scroll boxes and code blocks can be reached by keyboard.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/app/content/markdown.ts';
import { Slugger, slugOf } from '../../src/app/content/slug.ts';
import { tableOfContents } from '../../src/app/content/toc.ts';
import { anchorOf, headings } from '../support/markdown.ts';

const source = readFileSync(new URL('../../content/model.md', import.meta.url), 'utf8');
const rendered = renderMarkdown(source, { table: (section) => `Table: ${section}` });

describe('heading anchors', () => {
  it('are made as GitHub makes them', () => {
    expect(slugOf('Parameter reference')).toBe('parameter-reference');
    expect(slugOf('Customer value (Gupta & Lehmann 2003)')).toBe('customer-value-gupta--lehmann-2003');
    expect(slugOf('Leaving and winning back: how the reasons combine')).toBe('leaving-and-winning-back-how-the-reasons-combine');
    for (const heading of headings(source)) expect(slugOf(heading.text.replace(/`/g, ''))).toBe(anchorOf(heading.text.replace(/`/g, '')));
  });

  it('count up for a repeated heading, and never clash with a heading that looks like a count', () => {
    const slugger = new Slugger();
    expect(['Market', 'Market', 'Market-1', 'Market'].map((text) => slugger.next(text))).toEqual([
      'market',
      'market-1',
      'market-1-1',
      'market-2',
    ]);
  });
});

describe('the rendered model documentation', () => {
  const ids = rendered.headings.map((heading) => heading.id);

  it('gives every heading of the document a unique id, in order', () => {
    expect(rendered.headings.map((heading) => heading.text)).toEqual(headings(source).map((heading) => heading.text.replace(/`/g, '')));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(rendered.html).toContain(`id="${id}"`);
  });

  it('has a heading for every #anchor the document links to', () => {
    const anchors = [...rendered.html.matchAll(/href="#([^"]+)"/g)].map((match) => decodeURIComponent(match[1]));
    expect(anchors).toContain('parameter-reference');
    expect(anchors.filter((anchor) => !ids.includes(anchor))).toEqual([]);
  });

  it('lists every section in its table of contents, each with its subsections', () => {
    const contents = tableOfContents(rendered.headings);
    const sections = rendered.headings.filter((heading) => heading.depth === 2);
    expect(contents.map((entry) => entry.id)).toEqual(sections.map((heading) => heading.id));
    const reference = contents.find((entry) => entry.id === 'parameter-reference');
    expect(reference?.children.map((child) => child.text)).toContain('Bonus bank');
  });

  it('puts every table in a scroll box that the keyboard can reach, named after its section', () => {
    const tables = rendered.html.match(/<table[\s>]/g)?.length ?? 0;
    const boxes = [...rendered.html.matchAll(/<div class="table-box" role="region" tabindex="0" aria-label="([^"]+)"><table/g)];
    expect(tables).toBeGreaterThan(10);
    expect(boxes).toHaveLength(tables);
    expect(boxes.map((box) => box[1])).toContain('Table: Bonus bank');
  });

  it('lets the keyboard reach and scroll every code block', () => {
    expect(rendered.html).not.toMatch(/<pre>/);
    expect(rendered.html).toMatch(/<pre tabindex="0"><code/);
  });
});

describe('renderMarkdown', () => {
  it('escapes a table label that holds markup', () => {
    const { html } = renderMarkdown('## A "quoted" <b>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n', { table: (section) => section });
    expect(html).toContain('aria-label="A &quot;quoted&quot; &lt;b&gt;"');
  });
});
