/**
 * The page as a visitor meets it: every view loads cleanly and says what it is, the run stays on
 * its own origin, the app works from any sub-path of a web host, every view fits a phone's width,
 * and the first load of the home page stays within its budget of JavaScript.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { COMPILE_HINT } from '../../src/build/eagerCharts.ts';
import { launchChromium } from '../setup/chromium.ts';
import { offOrigin, openApp, openView, settle, waitForRun } from './harness.ts';

/** The budget for the first load: gzipped JavaScript, in bytes. */
const FIRST_LOAD_BUDGET = 250 * 1024;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});


describe('the app page', () => {
  it('loads each view with no console errors, no page errors and no failed response', async () => {
    for (const view of ['home', 'sandbox', 'experiment', 'data', 'model']) {
      const opened = view === 'home' ? await openApp(browser) : await openView(browser, view);
      await settle(opened.page, view);
      await opened.page.waitForTimeout(300); // give late errors (chart drawing, workers) a chance to show
      expect({ view, errors: [...opened.consoleErrors, ...opened.pageErrors, ...opened.failedResponses] }).toEqual({ view, errors: [] });
      await opened.close();
    }
  });

  it('shows the app’s name in the header and each view’s title in the tab, in English', async () => {
    const opened = await openApp(browser);
    const { page } = opened;
    expect(await page.title()).toBe(t('page.home.title'));
    expect(await page.getByRole('banner').innerText()).toContain(t('app.title'));
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await opened.close();
  });

  it('runs the sandbox without asking any origin but its own server, workers included', async () => {
    const opened = await openView(browser, 'sandbox');
    await waitForRun(opened.page);
    expect(opened.requests.length).toBeGreaterThan(0);
    expect(offOrigin(opened.requests)).toEqual([]);
    // The worker's script is among the requests, so requests from the run are recorded too.
    expect(opened.requests.some((url) => /shard\.worker/.test(url))).toBe(true);
    await opened.close();
  });

  it('runs the same when the build is served from a sub-path', async () => {
    const opened = await openView(browser, 'sandbox', { subpath: true });
    await waitForRun(opened.page);
    expect(opened.failedResponses).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.requests.every((url) => new URL(url).pathname.startsWith('/courses/retention-lab/'))).toBe(true);
    expect(await opened.page.getAttribute('[data-metric="customers"]', 'data-value')).not.toBeNull();
    await opened.close();
  });

  it('fits a 360-pixel-wide phone screen without horizontal scrolling, on every view', async () => {
    for (const view of ['home', 'sandbox', 'experiment', 'data', 'model']) {
      const opened = await openApp(browser, { query: view === 'home' ? '' : `?view=${view}`, viewport: { width: 360, height: 740 } });
      await settle(opened.page, view);
      const widths = await opened.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect({ view, fits: widths.scroll <= widths.client }).toEqual({ view, fits: true });
      await opened.close();
    }
  });

  it('loads at most 250 KB of gzipped JavaScript when the home page first opens', async () => {
    const scripts: Promise<Buffer>[] = [];
    const opened = await openApp(browser, {
      prepare: async (page) =>
        page.on('response', (response) => {
          if (/javascript/.test(response.headers()['content-type'] ?? '')) scripts.push(response.body());
        }),
    });
    await settle(opened.page, 'home');
    await opened.page.waitForTimeout(300);
    const bodies = await Promise.all(scripts);
    const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    expect(bodies.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    await opened.close();
  });

  it('asks V8 to compile chart.js’s chunk as it loads, and no other chunk, so a first chart is no long task', async () => {
    const scripts: Promise<{ url: string; body: string }>[] = [];
    const opened = await openView(browser, 'sandbox', {
      prepare: async (page) =>
        page.on('response', (response) => {
          if (/javascript/.test(response.headers()['content-type'] ?? '')) scripts.push(response.text().then((body) => ({ url: response.url(), body })));
        }),
    });
    await waitForRun(opened.page);
    const loaded = await Promise.all(scripts);
    // `_updateLayout` is a method of chart.js's Chart, kept by minification.
    const hinted = loaded.filter((script) => script.body.startsWith(COMPILE_HINT)).map((script) => script.url);
    const withChartJs = loaded.filter((script) => script.body.includes('_updateLayout')).map((script) => script.url);
    expect(withChartJs).toHaveLength(1);
    expect(hinted).toEqual(withChartJs);
    await opened.close();
  });
});
