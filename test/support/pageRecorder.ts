/**
 * What a page did wrong, recorded by the page itself, the same way in every engine: uncaught
 * errors and unhandled rejections, `console.error` calls, dialogs opened (alert, confirm, prompt:
 * answered at once, so none can stop a test) and the Content-Security-Policy's refusals. For
 * engines whose driver reports none of these (WebKitWebDriver speaks classic WebDriver only), a
 * copy of a built page gets the recorder as the first script of its head (`withRecorder`), where
 * it runs before any of the app's code. It goes just before the page's policy meta tag, which
 * governs only what follows it, so the page's own policy stays as built. `recordedOf` reads the
 * record back; a page without the recorder reads as one error, so a test cannot pass unrecorded.
 */

/** The record a page keeps in `window.__recorded`. */
export interface PageRecord {
  pageErrors: string[];
  consoleErrors: string[];
  dialogs: string[];
  cspViolations: string[];
}

/** The recorder, as a classic script's source (no module syntax, no build step). */
export const RECORDER_SOURCE = `(() => {
  const recorded = { pageErrors: [], consoleErrors: [], dialogs: [], cspViolations: [] };
  window.__recorded = recorded;
  window.addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) recorded.pageErrors.push(event.message || String(event.error));
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    recorded.pageErrors.push('unhandled rejection: ' + (reason && reason.message ? reason.message : String(reason)));
  });
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    recorded.consoleErrors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = (message) => {
      recorded.dialogs.push(name + ': ' + String(message));
      return name === 'confirm' ? false : null;
    };
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    recorded.cspViolations.push(event.effectiveDirective + ' refused ' + (event.blockedURI || '(inline)'));
  });
})();`;

const POLICY_META = /<meta http-equiv="Content-Security-Policy"/i;

/** A built page's HTML with the recorder as its first script, before its policy's meta tag. */
export function withRecorder(html: string): string {
  const at = html.search(POLICY_META);
  if (at < 0) throw new Error('the page has no Content-Security-Policy meta tag to put the recorder before');
  return `${html.slice(0, at)}<script>${RECORDER_SOURCE}</script>\n    ${html.slice(at)}`;
}

/** An expression that evaluates, in a page, to the record of `windowExpression` (see `PageRecord`). */
export function recordExpression(windowExpression = 'window'): string {
  return `${windowExpression}.__recorded ?? { pageErrors: ['the page has no recorder (withRecorder)'], consoleErrors: [], dialogs: [], cspViolations: [] }`;
}

/** Every problem of a record on one list, each with its kind: what a test expects to be empty. */
export function problemsOf(record: PageRecord): string[] {
  return [
    ...record.pageErrors.map((text) => `page error: ${text}`),
    ...record.consoleErrors.map((text) => `console error: ${text}`),
    ...record.dialogs.map((text) => `dialog: ${text}`),
    ...record.cspViolations.map((text) => `policy: ${text}`),
  ];
}
