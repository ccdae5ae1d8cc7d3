/**
 * Accessibility of every view: axe-core (injected into the built page, no request leaves it)
 * finds no serious or critical violation on the home page, the sandbox, the experiment builder,
 * the model's documentation or a scenario's step, at a laptop's and a phone's width; and the keyboard alone gets around: the skip
 * link comes first, Tab reaches the navigation, Enter on a link changes the view, and every stop
 * of the Tab key is visibly marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { seriousViolations } from './axe.ts';
import { openApp, settle } from './harness.ts';

const views = [
  { view: 'home', query: '' },
  { view: 'sandbox', query: '?view=sandbox' },
  { view: 'experiment', query: '?view=experiment&compare=on&b.acquisition.spendPerWeek=3000' },
  { view: 'model', query: '?view=model' },
  { view: 'scenario', query: '?scenario=why-retention&step=3' },
] as const;

const sizes = [
  { width: 1366, height: 850 },
  { width: 360, height: 740 },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A view drawn, and a moment for transitions to end before axe looks. */
async function settled(page: Page, view: string): Promise<void> {
  await settle(page, view);
  await page.waitForTimeout(300);
}

/** Tabs once and describes where the focus went. */
async function tab(page: Page): Promise<{ tag: string; text: string; href: string | null }> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return { tag: active?.tagName ?? '', text: (active?.innerText ?? '').trim(), href: active?.getAttribute('href') ?? null };
  });
}

describe('axe-core', () => {
  for (const { view, query } of views) {
    for (const size of sizes) {
      it(`finds no serious or critical violation on the ${view} view at ${size.width}×${size.height}`, async () => {
        const opened = await openApp(browser, { query, viewport: size, reducedMotion: 'reduce' });
        await settled(opened.page, view);
        expect(await seriousViolations(opened.page)).toEqual([]);
        await opened.close();
      });
    }
  }
});

describe('the keyboard', () => {
  it('meets the skip link first, visible, and it leads to the main region', async () => {
    const opened = await openApp(browser);
    const { page } = opened;
    await settled(page, 'home');
    const first = await tab(page);
    expect(first).toMatchObject({ tag: 'A', text: t('nav.skip'), href: '#main-content' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await opened.close();
  });

  it('reaches the navigation with Tab, and Enter on a link changes the view', async () => {
    const opened = await openApp(browser);
    const { page } = opened;
    await settled(page, 'home');
    let stop = await tab(page);
    for (let presses = 1; stop.text !== t('nav.model') && presses < 10; presses++) stop = await tab(page);
    expect(stop.text).toBe(t('nav.model'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="model"] article h1');
    expect(new URL(page.url()).search).toBe('?view=model');

    // From the main region, the next Tab goes on into the page, not back to the start.
    await tab(page);
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await opened.close();
  });

  for (const { view, query } of views) {
    it(`marks every Tab stop visibly on the ${view} view`, async () => {
      const opened = await openApp(browser, { query, reducedMotion: 'reduce' });
      const { page } = opened;
      await settled(page, view);
      const unmarked: string[] = [];
      // The frame's stops and the first of the view's own (the whole home page).
      for (let stop = 0; stop < 14; stop++) {
        const where = await tab(page);
        if (where.tag === 'BODY') break;
        const focused = await page.screenshot();
        const element = await page.evaluateHandle(() => document.activeElement as HTMLElement);
        await element.evaluate((active) => active.blur());
        const blurred = await page.screenshot();
        if (focused.equals(blurred)) unmarked.push(`${where.tag} “${where.text.slice(0, 40)}”`);
        // Back to where the focus was, so the next Tab goes on from it.
        await element.evaluate((active) => active.focus({ preventScroll: true }));
        await element.dispose();
      }
      expect(unmarked).toEqual([]);
      await opened.close();
    });
  }
});
