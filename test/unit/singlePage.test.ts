/**
 * The build's page handling in Node: the policy goes in right after the charset and before
 * anything loaded; a built page folds into one self-contained page whose policy holds the hashes
 * of exactly the script and style it contains, however much markup-like text the code holds.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyText, servedPolicy, withPolicy } from '../../src/build/csp.ts';
import { inlinePage, scriptSafe } from '../../src/build/inlinePage.ts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="./assets/mark-1.svg" />
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-1.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

/** Code that holds the very tags the page is searched for, as a sanitiser or a print view does. */
const CODE = 'const doc = `<html><head></head><body></body></html>`; const sheet = `<link rel="stylesheet" href="./x.css">`; const end = "</script>";';
const FILES: Record<string, string | Uint8Array> = {
  'assets/index-1.js': CODE,
  'assets/index-1.css': 'body{color:red}',
  'assets/mark-1.svg': new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
};

const built = (path: string) => {
  const content = FILES[path];
  if (content === undefined) throw new Error(`no ${path}`);
  return content;
};

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the served page’s policy', () => {
  it('goes right after the charset, before the scripts and style sheets', () => {
    const html = withPolicy(BUILT, servedPolicy());
    const at = html.indexOf('Content-Security-Policy');
    expect(at).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(at).toBeLessThan(html.indexOf('<link'));
    expect(html).toContain(`content="${policyText(servedPolicy())}"`);
  });

  it('cannot be placed in a page without a charset', () => {
    expect(() => withPolicy('<html><head></head></html>', servedPolicy())).toThrow(/charset/);
  });
});

describe('the single page', () => {
  it('holds its script, style and icon, and names the files it folded in', () => {
    const { html, inlined } = inlinePage(BUILT, built);
    expect(inlined.sort()).toEqual(['assets/index-1.css', 'assets/index-1.js', 'assets/mark-1.svg']);
    expect(html).not.toMatch(/\bsrc="|href="\.\/assets/);
    expect(html).toContain('href="data:image/svg+xml;base64,');
    expect(html).toContain('<style>body{color:red}</style>');
  });

  it('leaves the code as it was, but for the "<" that would end or confuse the script', () => {
    const { html } = inlinePage(BUILT, built);
    const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)?.[1];
    expect(script).toBe(scriptSafe(CODE));
    expect(script).toContain('<html><head></head><body>');
    expect(script).toContain('"\\x3C/script>"');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('allows by hash exactly the script and the style it holds, and nothing inline else', () => {
    const { html } = inlinePage(BUILT, built);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain(`script-src ${hash(scriptSafe(CODE))};`);
    expect(policy).toContain(`style-src ${hash('body{color:red}')};`);
    expect(policy).toContain('worker-src blob:;');
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toMatch(/unsafe|'self'/);
  });

  it('escapes what would end the script or open a comment, in any case', () => {
    expect(scriptSafe('a = "</SCRIPT><!-- <script"')).toBe('a = "\\x3C/SCRIPT>\\x3C!-- \\x3Cscript"');
    expect(new Function(`return ${scriptSafe('"</script>"')}`)()).toBe('</script>');
    expect(new Function(`return ${scriptSafe('/<!--/.test("<!--")')}`)()).toBe(true);
  });
});
