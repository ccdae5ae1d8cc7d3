/**
 * Using the built app as a person would for a long while, and reading what it holds meanwhile:
 * the memory test (test/browser/memory.test.ts) and the hour-long soak (`npm run soak`) share
 * these. Nothing here depends on the test runner.
 */
import type { CDPSession, Page } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';

/** Bytes of JavaScript heap in use after a full garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Workers alive in the page, as DevTools lists its targets. */
export async function workerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.filter((target) => target.type === 'worker').length;
}

/** Elements in the document and event listeners attached, as Chromium counts them. */
export async function domCounts(cdp: CDPSession): Promise<{ nodes: number; listeners: number }> {
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/**
 * Waits until an element matching `selector` is shown. Through a locator, not
 * `page.waitForSelector`: that returns a handle to the element which DevTools keeps, and with it
 * the element's whole tree, until the handle is disposed; a long session would measure those.
 */
export async function present(page: Page, selector: string, timeout = 60_000): Promise<void> {
  await page.locator(selector).first().waitFor({ timeout });
}

/** Waits until the sandbox's run has finished. */
export async function sandboxDone(page: Page): Promise<void> {
  await present(page, '[data-sandbox][data-status="done"]');
}

/**
 * One round of the sandbox (open, with its purchases group open): the margin up and down,
 * compare on, a spread across seeds (of the size set on the page), compare off.
 */
export async function useTheSandbox(page: Page): Promise<void> {
  const slider = page.locator('#a-purchases-grossMargin-slider');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
    await slider.focus();
    await page.keyboard.press(key);
    await sandboxDone(page);
  }
  const compare = page.getByRole('switch', { name: t('sandbox.compare.switch') });
  await compare.check();
  await sandboxDone(page);
  await page.locator('[data-control="run-spread"]').click();
  await present(page, '[data-spread-status="done"]');
  await compare.uncheck();
  await sandboxDone(page);
}

/**
 * From any view, by the app's own links: home, a scenario's card, a prediction, every step to the
 * debrief, then "open in sandbox" (which lands in the sandbox with A and B loaded).
 */
export async function playAScenario(page: Page, id: string): Promise<void> {
  await page.locator('a.brand').click();
  await page.locator(`[data-scenario-card="${id}"] a`).first().click();
  await present(page, '[data-prediction]');
  await page.locator('[data-prediction] input[type="radio"]').first().check();
  await page.getByRole('button', { name: t('scenario.predict.run') }).click();
  while ((await page.locator('[data-debrief]').count()) === 0) {
    await page.locator('[data-step-next]').click();
    await present(page, '[data-scenario][data-status="done"]');
  }
  await page.locator('[data-open-sandbox]').click();
  await sandboxDone(page);
}
