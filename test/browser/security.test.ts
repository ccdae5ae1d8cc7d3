/**
 * The static site's Content-Security-Policy, as a host serves the build: the built index.html
 * states it before anything it loads; it allows no inline script, no eval and no other origin;
 * and the app lives within it — home, the sandbox running (charts, a spread across seeds, the
 * population view's hover card) and the model's documentation raise no violation and ask no
 * other origin for anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { policyOf, recordViolations, violations } from './cspViolations.ts';
import { appUrl, offOrigin, openApp, openView, settle, waitForRun } from './harness.ts';
import { paintedShare } from './paint.ts';

let browser: Browser;
let html: string;

beforeAll(async () => {
  browser = await launchChromium();
  html = await (await fetch(appUrl())).text();
});

afterAll(async () => {
  await browser?.close();
});

/** Sources that name no other origin and allow nothing inline but by hash. */
const OWN_SOURCES = /^('self'|'none'|data:|blob:|'sha256-[A-Za-z0-9+/]+=*')$/;

describe('the built page’s Content-Security-Policy', () => {
  it('comes before every script and style sheet the page loads', () => {
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf('<script'));
    expect(at).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  });

  it('allows scripts, workers and styles only from the site itself, and no inline script or eval', () => {
    const policy = policyOf(html);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('names no other origin in any directive, and connects to none', () => {
    const policy = policyOf(html);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const foreign = [...policy].flatMap(([directive, sources]) => sources.filter((source) => !OWN_SOURCES.test(source)).map((source) => `${directive} ${source}`));
    expect(foreign).toEqual([]);
  });
});

describe('the app under its policy', () => {
  it('opens home and the model’s documentation with no violation and no request to another origin', async () => {
    for (const view of ['home', 'model']) {
      const opened = await openApp(browser, { query: view === 'home' ? '' : `?view=${view}`, prepare: recordViolations });
      await settle(opened.page, view);
      await opened.page.waitForTimeout(300);
      expect({ view, violations: await violations(opened.page), errors: [...opened.pageErrors, ...opened.consoleErrors] }).toEqual({ view, violations: [], errors: [] });
      expect(offOrigin(opened.requests)).toEqual([]);
      await opened.close();
    }
  });

  it('runs the sandbox, draws its charts, a spread across seeds and the population view, with no violation and no request to another origin', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce', prepare: recordViolations });
    const { page } = opened;
    await waitForRun(page);
    await expect.poll(() => paintedShare(page, 'profit'), { timeout: 10_000 }).toBeGreaterThan(0.02);
    const field = page.locator('#spread-count');
    await field.fill('3');
    await field.press('Enter');
    await page.getByRole('button', { name: t('sandbox.spread.run', { count: 3 }) }).click();
    await page.waitForSelector('[data-spread-status="done"]', { timeout: 60_000 });
    await expect.poll(() => page.locator('[data-chart="spread"]').isVisible()).toBe(true);
    // The population view places its hover card by Svelte's style: directives (CSSOM, allowed).
    const people = page.locator('[data-view="population"] canvas');
    await people.scrollIntoViewIfNeeded();
    const box = await people.boundingBox();
    if (!box) throw new Error('the population view is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('[data-view="population"] .card').count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    expect([...opened.pageErrors, ...opened.consoleErrors]).toEqual([]);
    expect(opened.requests.some((url) => /shard\.worker/.test(url))).toBe(true);
    expect(offOrigin(opened.requests)).toEqual([]);
    await opened.close();
  });

  it('refuses an inline script and eval, reporting each, so the silence above means none', async () => {
    // A script of the site's own origin (allowed) that tries eval; the page's own inline script is refused.
    const probe = "try { eval('window.__evaluated = true'); } catch { window.__evalRefused = true; }";
    const opened = await openApp(browser, {
      prepare: async (page) => {
        await recordViolations(page);
        await page.route('**/probe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: probe }));
      },
    });
    const { page } = opened;
    await settle(page, 'home');
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      const own = document.createElement('script');
      own.src = './probe.js';
      document.head.append(inline, own);
    });
    await page.waitForFunction(() => '__evalRefused' in window || '__evaluated' in window);
    const ran = await page.evaluate(() => {
      const flags = window as unknown as Record<string, boolean | undefined>;
      return { inline: flags.__inlineRan ?? false, evaluated: flags.__evaluated ?? false, refused: flags.__evalRefused ?? false };
    });
    expect(ran).toEqual({ inline: false, evaluated: false, refused: true });
    const refused = await violations(page);
    expect(refused.map((line) => line.split(' ')[0]).sort()).toEqual(['script-src', 'script-src-elem']);
    await opened.close();
  });
});
