/**
 * Recording the Content-Security-Policy's refusals in a page. A script added before any of the
 * page's own (a DevTools init script, which the policy does not govern) listens for
 * `securitypolicyviolation` events and keeps a line for each: the directive and what it refused.
 * `policyOf` reads a built page's policy from its meta tag into directive → sources.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface Recorded {
  __cspViolations?: string[];
}

/** Start recording in every page of `target` opened from now on. */
export async function recordViolations(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const recorded: string[] = [];
    (window as unknown as Recorded).__cspViolations = recorded;
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.push(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Recorded).__cspViolations ?? ['(not recording)']);
}

/** The policy in a page's `<meta http-equiv="Content-Security-Policy">`, as directive → sources. */
export function policyOf(html: string): Map<string, string[]> {
  const found = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  if (!found) throw new Error('the page has no Content-Security-Policy meta tag');
  return new Map(
    found[1]
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([directive, ...sources]) => [directive, sources]),
  );
}
