/**
 * A Markdown document (GitHub's dialect) as HTML for the app, with its headings for a table of
 * contents. Headings get GitHub's anchors as ids; each table sits in its own labelled, keyboard-
 * scrollable box so that a wide table scrolls inside the page, not the page itself; code blocks
 * can be scrolled by keyboard too; inline code may wrap after a dot. A translated document takes
 * its English's anchors, heading by heading (`anchors`), so a link to `#parameter-reference` lands
 * on the same section in every language. The HTML is NOT yet safe to insert: pass it through
 * `sanitize()` (./sanitize.ts) first. This module needs no DOM, so it is tested in Node.
 */
import { Marked, Renderer, type Token, type Tokens } from 'marked';
import { Slugger } from './slug.ts';

export interface DocHeading {
  depth: number;
  text: string;
  id: string;
}

export interface RenderedDoc {
  /** Unsanitised HTML. */
  html: string;
  headings: DocHeading[];
}

export interface RenderLabels {
  /** The accessible name of a table's scroll box, from the title of the section it is in. */
  table: (section: string) => string;
}

/** The text a reader sees of inline tokens, without Markdown marks. */
export function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if ('tokens' in token && token.tokens) return plainText(token.tokens);
      return 'text' in token ? token.text : '';
    })
    .join('');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The anchors GitHub gives a document's headings, in order (for a translation to take). */
export function headingAnchors(source: string): string[] {
  const slugger = new Slugger();
  const anchors: string[] = [];
  new Marked({ gfm: true }).walkTokens(new Marked({ gfm: true }).lexer(source), (token) => {
    if (token.type === 'heading') anchors.push(slugger.next(plainText((token as Tokens.Heading).tokens)));
  });
  return anchors;
}

/** `anchors`: the ids the headings take in order (a translation's English anchors); made from each heading's text without. */
export function renderMarkdown(source: string, labels: RenderLabels, anchors?: readonly string[]): RenderedDoc {
  const headings: DocHeading[] = [];
  const slugger = new Slugger();
  const base = new Renderer();
  let section = '';

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const text = plainText(tokens);
        const id = anchors?.[headings.length] ?? slugger.next(text);
        headings.push({ depth, text, id });
        section = text;
        return `<h${depth} id="${escapeAttribute(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      table(token: Tokens.Table) {
        base.parser = this.parser;
        const label = escapeAttribute(labels.table(section));
        // A table of many columns keeps a readable width and scrolls in its box on a phone.
        const table = base.table(token).replace(/^<table>/, token.header.length >= 4 ? '<table class="wide">' : '<table>');
        return `<div class="table-box" role="region" tabindex="0" aria-label="${label}">${table}</div>\n`;
      },
      // A parameter key may break after a dot (`market.<wbr>premiumShare`), so a narrow column stays readable.
      codespan(token: Tokens.Codespan) {
        return base.codespan(token).replace(/(\w)\.(?=\w)/g, '$1.<wbr>');
      },
      code(token: Tokens.Code) {
        base.parser = this.parser;
        return base.code(token).replace(/^<pre>/, '<pre tabindex="0">');
      },
    },
  });

  const html = marked.parse(source, { async: false });
  return { html, headings };
}
