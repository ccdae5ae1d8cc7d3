/**
 * A blank page in one of the three engines with a classic script loaded into it, and a way to
 * evaluate an expression there: how the cross-engine test (test/browser/engines.test.ts) runs the
 * core's own code in Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver BiDi) and
 * WebKit (webdriverio over WebKitWebDriver). Results come back as JSON values.
 */
import { launchChromium } from '../setup/chromium.ts';
import { launchFirefox } from '../setup/firefox.ts';
import { launchWebKit } from '../setup/webkit.ts';

export const ENGINES = ['Chromium', 'Firefox', 'WebKit'] as const;
export type Engine = (typeof ENGINES)[number];

export interface ScriptPage {
  /** The value of a JavaScript expression evaluated in the page. */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** What Playwright's and puppeteer's browsers both offer, as far as a script page goes. */
interface PagesBrowser {
  newPage(): Promise<{
    goto(url: string): Promise<unknown>;
    addScriptTag(options: { content: string }): Promise<unknown>;
    evaluate(expression: string): Promise<unknown>;
  }>;
  close(): Promise<void>;
}

async function scriptPageOf(browser: PagesBrowser, script: string): Promise<ScriptPage> {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: script });
  return { evaluate: (expression) => page.evaluate(expression), close: () => browser.close() };
}

export async function openScriptPage(engine: Engine, script: string): Promise<ScriptPage> {
  if (engine === 'Chromium') return scriptPageOf(await launchChromium(), script);
  if (engine === 'Firefox') return scriptPageOf(await launchFirefox(), script);
  const session = await launchWebKit();
  const { browser } = session;
  await browser.url('about:blank');
  await browser.execute((source: string) => {
    const element = document.createElement('script');
    element.textContent = source;
    document.head.append(element);
  }, script);
  return {
    evaluate: (expression) => browser.execute(`return (${expression});`),
    close: () => session.close(),
  };
}
