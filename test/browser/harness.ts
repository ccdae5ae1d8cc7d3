/**
 * Opening the served app in a page for a test, with everything a test asserts on recorded from
 * the start: console errors, uncaught page errors, every request's URL (the page's and its
 * workers') and every response with an error status. `openApp` opens the address as given (no
 * query: the home page, which runs nothing); `openView` opens one view (`?view=sandbox`, …).
 * `waitForRun` waits until the view's run has finished (the element with `data-status`) and fails
 * with the page's own error message if it could not run.
 */
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { present } from '../support/sessionUse.ts';

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  /** "404 http://…" for each response with a status of 400 or more. */
  failedResponses: string[];
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** Appended to the app's address, e.g. "?workers=2". */
  query?: string;
  /** Open the copy served under a sub-path instead of the one at the root. */
  subpath?: boolean;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Runs before the page loads, e.g. to route requests. */
  prepare?: (page: Page) => Promise<unknown>;
  /** The browser's preferred language (BCP 47), "en-US" unless given. */
  locale?: string;
}

export function appUrl(query = '', subpath = false): string {
  return `${inject(subpath ? 'appSubpathUrl' : 'appUrl')}${query}`;
}

/** The address of the copy whose pages record their own errors (test/support/pageRecorder.ts). */
export function recordedAppUrl(query = ''): string {
  return `${inject('appRecordedUrl')}${query}`;
}

export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 850 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: 'block',
    // The browser's preferred language chooses the app's on a first visit: English unless a test asks.
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const opened: OpenPage = {
    page,
    context,
    consoleErrors: [],
    pageErrors: [],
    requests: [],
    failedResponses: [],
    close: () => context.close(),
  };
  context.on('request', (request) => opened.requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400) opened.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  await options.prepare?.(page);
  await page.goto(appUrl(options.query, options.subpath));
  return opened;
}

/** Opens one view; `options.query` adds to the view's query ("?workers=2" or "workers=2"). */
export function openView(browser: Browser, view: string, options: OpenOptions = {}): Promise<OpenPage> {
  const more = (options.query ?? '').replace(/^\?/, '');
  return openApp(browser, { ...options, query: `?view=${view}${more ? `&${more}` : ''}` });
}

/** Requests to any origin other than the app's own server. */
export function offOrigin(requests: readonly string[]): string[] {
  const origin = new URL(appUrl()).origin;
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

export async function waitForRun(page: Page): Promise<void> {
  const finished = '[data-status]:not([data-status="running"])';
  await present(page, `${finished}, main[data-view="home"]`, 30_000);
  if ((await page.locator(finished).count()) === 0) {
    throw new Error('the page shows the home page, which runs no simulation: open the sandbox (openView(browser, "sandbox"))');
  }
  const status = await page.getAttribute('[data-status]', 'data-status');
  if (status !== 'done') {
    const message = await page.locator('[role="alert"]').innerText().catch(() => '(no message shown)');
    throw new Error(`the run ended as "${status}": ${message}`);
  }
}

/** The unformatted number of a `data-metric` element. */
export async function metricValue(page: Page, name: string): Promise<number> {
  const raw = await page.getAttribute(`[data-metric="${name}"]`, 'data-value');
  if (raw === null) throw new Error(`[data-metric="${name}"] has no data-value`);
  return Number(raw);
}

/**
 * Waits until a view has drawn what it shows: the run's end, the document, a scenario's runs, the
 * experiment builder, the file drop of "Your customers", or the home page (through `present`, which keeps no handle to what it waited for).
 */
export async function settle(page: Page, view: string): Promise<void> {
  if (view === 'sandbox') await waitForRun(page);
  else if (view === 'scenario') await present(page, '[data-scenario][data-status="done"] .chart-card', 30_000);
  else if (view === 'model') await present(page, 'article h1', 30_000);
  else if (view === 'experiment') await present(page, '[data-experiment-view] [data-experiment-builder]', 30_000);
  else if (view === 'data') await present(page, '[data-data-view] [data-drop-zone]', 30_000);
  else await present(page, 'main[data-view="home"] h1', 30_000);
}
