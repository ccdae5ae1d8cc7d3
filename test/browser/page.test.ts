/**
 * The page as a visitor meets it: it loads cleanly, says what it is, stays on its own origin,
 * works from any sub-path of a web host and fits a phone's width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { appUrl, openApp, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the app page', () => {
  it('loads and finishes its run with no console errors and no page errors', async () => {
    const opened = await openApp(browser);
    await waitForRun(opened.page);
    await opened.page.waitForTimeout(300); // give late errors (chart drawing, workers) a chance to show
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    await opened.close();
  });

  it('shows the title in the tab and in the heading', async () => {
    const opened = await openApp(browser);
    expect(await opened.page.title()).toBe(t('app.title'));
    expect(await opened.page.locator('h1').innerText()).toBe(t('app.title'));
    expect(await opened.page.getAttribute('html', 'lang')).toBe('en');
    await opened.close();
  });

  it('sends no request to any origin other than its own server', async () => {
    const opened = await openApp(browser);
    await waitForRun(opened.page);
    const origin = new URL(appUrl()).origin;
    expect(opened.requests.length).toBeGreaterThan(0);
    expect(opened.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // The worker's script is among the requests, so requests from the run are recorded too.
    expect(opened.requests.some((url) => /shard\.worker/.test(url))).toBe(true);
    await opened.close();
  });

  it('runs the same when the build is served from a sub-path', async () => {
    const opened = await openApp(browser, { subpath: true });
    await waitForRun(opened.page);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.requests.every((url) => new URL(url).pathname.startsWith('/courses/retention-lab/'))).toBe(true);
    expect(await opened.page.getAttribute('[data-metric="customers"]', 'data-value')).not.toBeNull();
    await opened.close();
  });

  it('fits a 360-pixel-wide phone screen without horizontal scrolling', async () => {
    const opened = await openApp(browser, { viewport: { width: 360, height: 740 } });
    await waitForRun(opened.page);
    const widths = await opened.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await opened.close();
  });
});
