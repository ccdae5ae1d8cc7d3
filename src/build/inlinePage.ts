/**
 * Turning a built `index.html` into one self-contained page: each `<script src>` of the build
 * becomes an inline module script, each style sheet `<link>` an inline `<style>`, the favicon a
 * data: URL, and the page gets the single-file Content-Security-Policy with the hashes of exactly
 * the script and style it now holds. Pure: the files come in as a lookup by their relative path.
 */
import { extname } from 'node:path';
import { sha256Source, singleFilePolicy, withPolicy } from './csp.ts';

/** A built file's content, by its path in the build ("assets/index-….js"). */
export type BuiltFiles = (path: string) => string | Uint8Array;

const ICON_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

function text(files: BuiltFiles, path: string): string {
  const content = files(path);
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

function dataUrl(files: BuiltFiles, path: string): string {
  const type = ICON_TYPES[extname(path)];
  if (!type) throw new Error(`no media type known for the icon ${path}`);
  return `data:${type};base64,${Buffer.from(files(path)).toString('base64')}`;
}

export interface InlinedPage {
  html: string;
  /** The build's paths now held in the page: they need not be written out. */
  inlined: string[];
}

/**
 * The tags to fold in, found in one pass over the page as built (never over code already put in:
 * a bundle may well hold "</head>" or a <link> in a string). Groups: 1 a script's path, 2 a style
 * sheet's path, 3–5 a favicon link around its path; else the end of the head.
 */
const TAGS = new RegExp(
  [
    /<script\b[^>]*\bsrc="(?:\.\/)?([^"]+)"[^>]*><\/script>/.source,
    /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(?:\.\/)?([^"]+)"[^>]*>/.source,
    /(<link\b[^>]*\brel="icon"[^>]*\bhref=")(?:\.\/)?([^"]+)(")/.source,
    /<\/head>/.source,
  ].join('|'),
  'g',
);

/**
 * Text that can stand inside `<script>…</script>`: the HTML parser ends a script at `</script`
 * and changes state at `<!--` and `<script`, so their `<` is written `\x3C`, which means `<` in
 * every place these can occur in a bundle (strings, template literals, regular expressions) and
 * changes nothing in a comment.
 */
export function scriptSafe(code: string): string {
  return code.replace(/<(?=\/script|!--|script)/gi, '\\x3C');
}

/** CSS cannot escape `</style` that way; a style sheet holding it fails the build instead. */
function styleSafe(css: string, path: string): string {
  if (/<\/style/i.test(css)) throw new Error(`${path} contains "</style", which cannot be inlined in a <style> element`);
  return css;
}

export function inlinePage(html: string, files: BuiltFiles): InlinedPage {
  const inlined: string[] = [];
  const scripts: string[] = [];
  const sheets: string[] = [];
  // Left to right: every sheet is gathered by the time the head ends, where they are written as
  // one <style>, so the policy has one style hash.
  const page = html.replace(TAGS, (tag, script?: string, sheet?: string, iconStart?: string, icon?: string, iconEnd?: string) => {
    if (script !== undefined) {
      if (!/\btype="module"/.test(tag)) throw new Error(`index.html loads ${script} as a classic script; only module scripts are inlined`);
      const code = scriptSafe(text(files, script));
      scripts.push(code);
      inlined.push(script);
      return `<script type="module">${code}</script>`;
    }
    if (sheet !== undefined) {
      sheets.push(styleSafe(text(files, sheet), sheet));
      inlined.push(sheet);
      return '';
    }
    if (icon !== undefined) {
      inlined.push(icon);
      return `${iconStart}${dataUrl(files, icon)}${iconEnd}`;
    }
    return `  <style>${sheets.join('\n')}</style>\n  ${tag}`;
  });
  if (scripts.length !== 1) throw new Error(`index.html should load exactly one script, and it loads ${scripts.length}`);
  const hashes = { script: sha256Source(scripts[0]), style: sha256Source(sheets.join('\n')) };
  return { html: withPolicy(page, singleFilePolicy(hashes)), inlined };
}
