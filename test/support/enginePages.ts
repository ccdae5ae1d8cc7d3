/**
 * A page in one of the three engines, driven the same way in each: open an address, add a classic
 * script, evaluate an expression, click an element as a person would (the driver's own click, at
 * the element's centre), wait for an element or a condition, read what the page recorded of its
 * own errors. How the cross-engine tests (test/browser/engines.test.ts and the app's
 * *Engines.test.ts) drive Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver BiDi)
 * and WebKit (webdriverio over WebKitWebDriver). Values come back as JSON values.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../setup/chromium.ts';
import { launchFirefox } from '../setup/firefox.ts';
import { launchWebKit } from '../setup/webkit.ts';
import { problemsOf, recordExpression, type PageRecord } from './pageRecorder.ts';

export const ENGINES = ['Chromium', 'Firefox', 'WebKit'] as const;
export type Engine = (typeof ENGINES)[number];

export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Runs a classic script in the page, as a <script> element would. */
  addScript(source: string): Promise<void>;
  /** The value of a JavaScript expression evaluated in the page. */
  evaluate(expression: string): Promise<unknown>;
  /** Clicks the first element `selector` matches, through the driver (real pointer events). */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** What Playwright's and puppeteer's browsers both offer, as far as these pages go. */
interface PagesBrowser {
  newPage(): Promise<{
    goto(url: string): Promise<unknown>;
    addScriptTag(options: { content: string }): Promise<unknown>;
    evaluate(expression: string): Promise<unknown>;
    click(selector: string): Promise<unknown>;
  }>;
  close(): Promise<void>;
}

async function pageOf(browser: PagesBrowser): Promise<EnginePage> {
  const page = await browser.newPage();
  return {
    goto: async (url) => void (await page.goto(url)),
    addScript: async (source) => void (await page.addScriptTag({ content: source })),
    evaluate: (expression) => page.evaluate(expression),
    click: async (selector) => void (await page.click(selector)),
    close: () => browser.close(),
  };
}

export async function openEnginePage(engine: Engine): Promise<EnginePage> {
  if (engine === 'Chromium') return pageOf(await launchChromium());
  if (engine === 'Firefox') return pageOf(await launchFirefox());
  const session = await launchWebKit();
  const { browser } = session;
  return {
    goto: async (url) => void (await browser.url(url)),
    addScript: async (source) => {
      await browser.execute((text: string) => {
        const element = document.createElement('script');
        element.textContent = text;
        document.head.append(element);
      }, source);
    },
    evaluate: (expression) => browser.execute(`return (${expression});`),
    click: async (selector) => {
      await browser.$(selector).click();
    },
    close: () => session.close(),
  };
}

/** Waits until `selector` matches an element of the page, or fails after `timeoutMs`. */
export function waitForSelector(page: EnginePage, selector: string, timeoutMs: number): Promise<void> {
  return waitUntil(page, `document.querySelector(${JSON.stringify(selector)}) !== null`, `no element matched ${selector}`, timeoutMs);
}

/** Waits until `expression` evaluates to true in the page, or fails after `timeoutMs` saying `what`. */
export async function waitUntil(page: EnginePage, expression: string, what: string, timeoutMs = 30_000): Promise<void> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((done) => setTimeout(done, 100))) {
    if ((await page.evaluate(expression)) === true) return;
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/**
 * Clicks `selector` until `expression` holds, or fails after `timeoutMs` saying `what`. A driver
 * clicks where it measured the element to be, so a click during a layout shift (a chart drawn
 * above the button) can land beside it; the element is clicked again only while `unchanged` still
 * holds in the page, so a click that did land is never repeated.
 */
export async function clickUntil(
  page: EnginePage,
  selector: string,
  { expression, unchanged, what, timeoutMs = 30_000 }: { expression: string; unchanged: string; what: string; timeoutMs?: number },
): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs && (await page.evaluate(unchanged)) === true) {
    await page.click(selector);
    try {
      return await waitUntil(page, expression, what, Math.min(5_000, timeoutMs - (Date.now() - start)));
    } catch {
      // Not yet: click again if the click missed, or go on waiting below if it landed.
    }
  }
  await waitUntil(page, expression, what, Math.max(0, timeoutMs - (Date.now() - start)));
}

/**
 * What went wrong in a page that records itself (test/support/pageRecorder.ts), or in the window
 * `windowExpression` names (a frame's): none, or a line each.
 */
export async function problemsIn(page: EnginePage, windowExpression = 'window'): Promise<string[]> {
  return problemsOf((await page.evaluate(recordExpression(windowExpression))) as PageRecord);
}

/**
 * One page of `engine` for the tests of the suite this is called in: opened before the first,
 * closed after the last, and, with `noProblems`, checked after each test to have recorded no
 * error (the page must come from the recording build, test/support/pageRecorder.ts). Returns the
 * page's getter, valid inside the tests.
 */
export function suitePage(engine: Engine, options: { noProblems?: boolean } = {}): () => EnginePage {
  let page: EnginePage | undefined;
  const opened = () => {
    if (!page) throw new Error(`the ${engine} page is not open`);
    return page;
  };
  beforeAll(async () => {
    page = await openEnginePage(engine);
  }, 120_000);
  if (options.noProblems) {
    afterEach(async () => {
      expect(await problemsIn(opened())).toEqual([]);
    });
  }
  afterAll(async () => {
    await page?.close();
  });
  return opened;
}
