/**
 * A page in one of the three engines, driven the same way in each: open an address, add a classic
 * script, evaluate an expression, wait for an element. How the cross-engine tests
 * (test/browser/engines.test.ts, test/browser/appEngines.test.ts) drive Chromium (Playwright),
 * Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKit (webdriverio over WebKitWebDriver).
 * Values come back as JSON values.
 */
import { launchChromium } from '../setup/chromium.ts';
import { launchFirefox } from '../setup/firefox.ts';
import { launchWebKit } from '../setup/webkit.ts';

export const ENGINES = ['Chromium', 'Firefox', 'WebKit'] as const;
export type Engine = (typeof ENGINES)[number];

export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Runs a classic script in the page, as a <script> element would. */
  addScript(source: string): Promise<void>;
  /** The value of a JavaScript expression evaluated in the page. */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** What Playwright's and puppeteer's browsers both offer, as far as these pages go. */
interface PagesBrowser {
  newPage(): Promise<{
    goto(url: string): Promise<unknown>;
    addScriptTag(options: { content: string }): Promise<unknown>;
    evaluate(expression: string): Promise<unknown>;
  }>;
  close(): Promise<void>;
}

async function pageOf(browser: PagesBrowser): Promise<EnginePage> {
  const page = await browser.newPage();
  return {
    goto: async (url) => void (await page.goto(url)),
    addScript: async (source) => void (await page.addScriptTag({ content: source })),
    evaluate: (expression) => page.evaluate(expression),
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
    close: () => session.close(),
  };
}

/** Waits until `selector` matches an element of the page, or fails after `timeoutMs`. */
export async function waitForSelector(page: EnginePage, selector: string, timeoutMs: number): Promise<void> {
  const test = `document.querySelector(${JSON.stringify(selector)}) !== null`;
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((done) => setTimeout(done, 100))) {
    if ((await page.evaluate(test)) === true) return;
  }
  throw new Error(`no element matched ${selector} within ${timeoutMs} ms`);
}
