/**
 * The app's Content-Security-Policy, one for each kind of build, and how it goes into a page as a
 * `<meta http-equiv>` tag. Both policies start from `default-src 'none'`, so whatever a directive
 * does not name is refused; neither allows inline script by `'unsafe-inline'`, nor `eval`, nor a
 * connection to any other origin. (`frame-ancestors`, `report-uri` and `sandbox` are ignored in a
 * meta tag, so none is relied on.)
 */
import { createHash } from 'node:crypto';

/** Directive name → its sources, in the order they are written. */
export type Policy = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>;

/** What both builds refuse, whatever else they allow. */
const REFUSED: Policy = [
  // No plugin content (<object>, <embed>): an old way round script-src.
  ['object-src', ["'none'"]],
  // The page never posts a form: nothing can be sent anywhere by one.
  ['form-action', ["'none'"]],
];

/**
 * The policy of the static site (`npm run build`), served from a web host: every script, worker
 * and style sheet is a file of the site's own origin.
 */
export function servedPolicy(): Policy {
  return [
    ['default-src', ["'none'"]],
    // The entry script and the chunks loaded when a view opens; no inline script, no eval.
    ['script-src', ["'self'"]],
    // The shard workers, started from their own file (src/worker/createWorker.ts).
    ['worker-src', ["'self'"]],
    // Svelte's component styles, extracted into CSS files. Styles set from script (Svelte's
    // `style:` directives, Chart.js sizing its canvas) go through the CSSOM, which this does not
    // restrict; an inline `style="…"` attribute in markup would be refused, and there is none.
    ['style-src', ["'self'"]],
    // The favicon; data: and blob: for images the page makes itself (a chart saved as PNG).
    ['img-src', ["'self'", 'data:', 'blob:']],
    // The app fetches nothing; at most its own origin, never another.
    ['connect-src', ["'self'"]],
    // Relative addresses resolve against the page's own folder, so the site works from any
    // sub-path; no injected <base> can send them elsewhere.
    ['base-uri', ["'self'"]],
    ...REFUSED,
  ];
}

/** The hashes of a single-file page's inline script and style (see `sha256Source`). */
export interface InlineHashes {
  script: string;
  style: string;
}

/**
 * The policy of the single file (`npm run build:single`), opened from disk: it has no origin to
 * trust (`'self'` means nothing useful on file://), so its one script and its one style sheet are
 * allowed by their hashes, its workers by the `blob:` URLs it makes for them from its own code.
 */
export function singleFilePolicy(hashes: InlineHashes): Policy {
  return [
    ['default-src', ["'none'"]],
    ['script-src', [hashes.script]],
    // Vite's inline-worker wrapper starts each worker from a blob: URL of code in the page.
    ['worker-src', ['blob:']],
    ['style-src', [hashes.style]],
    // The favicon is a data: URL; data: and blob: also for images the page makes itself.
    ['img-src', ['data:', 'blob:']],
    // Not even the folder it lies in: the single file makes no request at all.
    ['connect-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ...REFUSED,
  ];
}

export function policyText(policy: Policy): string {
  return policy.map(([directive, sources]) => [directive, ...sources].join(' ')).join('; ');
}

/** A CSP hash source for an inline script's or style's exact text: `'sha256-…'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * The page with the policy's meta tag right after its `<meta charset>`: before any script, style
 * or link, since a meta policy governs only what the page loads after it.
 */
export function withPolicy(html: string, policy: Policy): string {
  const charset = CHARSET.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset> to put the Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policyText(policy)}" />`;
  return html.slice(0, at) + meta + html.slice(at);
}
