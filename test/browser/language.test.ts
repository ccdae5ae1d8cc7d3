/**
 * The four languages as a reader meets them, in Chromium on the production build: switching the
 * sandbox to Hungarian re-renders it in place (the same document, run, cursor week and compare
 * mode) with Hungarian numbers, parameter labels and links that keep the language; a teacher's `lang=hu` scenario
 * link opens at its step in Hungarian, and the language stays through navigation and back; a
 * first visit follows the browser's preferred language and a choice is remembered over a
 * reload; a Hungarian number field shows and takes a decimal comma; a language the app does not speak is said on screen.
 * A Hungarian trainer projects birthday-cards in Hungarian and sends a link that opens in Hungarian
 * at the same step with the same numbers, and a switch to Romanian there keeps the step and the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readScenarios, readTranslations } from '../../src/scenarios/node/readScenarios.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openApp } from './harness.ts';

const english = readScenarios();
const translated = english.ok ? readTranslations(english.value) : english;
/** The title of a scenario in a language, from its content file. */
function titleIn(language: string, id: string): string {
  const scenarios: Scenario[] = translated.ok ? (translated.value[language] ?? []) : [];
  return scenarios.find((scenario) => scenario.id === id)?.title ?? `no ${language} ${id}`;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const menu = 'header select';

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 30_000 });
}

describe('languages', () => {
  it('switches the sandbox to Hungarian in place, keeping the run, the cursor week and compare mode', async () => {
    const opened = await openApp(browser, { query: '?view=sandbox&compare=on&b.bonusBank.enabled=on&week=30' });
    const { page } = opened;
    try {
      await settled(page);
      const profitBefore = await page.getAttribute('[data-metric="cumulativeProfit"]', 'data-value');
      const searchBefore = await page.evaluate(() => window.location.search);
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      expect(await page.locator('nav a', { hasText: 'Sandbox' }).count()).toBe(1);

      await page.selectOption(menu, 'hu');

      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('hu');
      expect(await page.locator('nav a', { hasText: 'Homokozó' }).count()).toBe(1);
      // The parameters' labels come from the schema's messages in the language on screen.
      expect(await page.getByText('Ügyfelek induláskor').count()).toBeGreaterThan(0);
      expect(await page.getByText('Customers at start').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await page.getAttribute('[data-metric="cumulativeProfit"]', 'data-value')).toBe(profitBefore);
      const search = await page.evaluate(() => window.location.search);
      expect(search).toBe(`${searchBefore}&lang=hu`);
      expect(search).toContain('compare=on');
      expect(search).toContain('week=30');
      // Hungarian groups thousands with a space and writes a decimal comma.
      const profitText = (await page.textContent('[data-metric="cumulativeProfit"]')) ?? '';
      expect(profitText).toMatch(/\d[\u00a0\u202f ]\d{3}/);
      for (const href of await page.locator('nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) expect(href).toContain('lang=hu');
      expect(await page.title()).not.toContain('Sandbox');
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("opens a teacher's lang=hu scenario link at its step in Hungarian, and keeps the language through navigation and back", async () => {
    const opened = await openApp(browser, { query: '?scenario=birthday-cards&step=2&lang=hu' });
    const { page } = opened;
    try {
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('hu');
      expect(await page.inputValue(menu)).toBe('hu');
      expect(await page.locator('nav a', { hasText: 'Modell' }).count()).toBe(1);
      await page.locator('nav a', { hasText: 'Modell' }).click();
      await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?view=model&lang=hu');
      await page.goBack();
      await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?scenario=birthday-cards&step=2&lang=hu');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('hu');
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('lets a Hungarian trainer project birthday-cards in Hungarian and send a link that opens in Hungarian at the same step with the same numbers', async () => {
    const projected = await openApp(browser, { query: '?scenario=birthday-cards&step=2&present=1&lang=hu' });
    const { page } = projected;
    const callout = '[data-figure="cardsYear1"]';
    let copied = '';
    try {
      await page.waitForSelector('[data-scenario][data-status="done"]', { timeout: 30_000 });
      expect(await page.locator('h1').innerText()).toBe(titleIn('hu', 'birthday-cards'));
      const value = await page.getAttribute(callout, 'data-value');
      const text = await page.locator(callout).innerText();
      // The scenario's figures are written in Hungarian: dollars as USD after the number.
      expect(text).toMatch(/\d\sUSD/);
      expect(text).not.toContain('$');
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (url: string) => Object.assign(window, { copiedUrl: url }) } });
      });
      await page.click('[data-copy-link]');
      await expect.poll(() => page.evaluate(() => (window as unknown as { copiedUrl?: string }).copiedUrl ?? '')).toContain('lang=hu');
      copied = await page.evaluate(() => (window as unknown as { copiedUrl: string }).copiedUrl);
      expect(new URL(copied).searchParams.get('step')).toBe('2');
      expect(new URL(copied).searchParams.get('present')).toBeNull();

      const received = await openApp(browser, { query: new URL(copied).search });
      try {
        const other = received.page;
        await other.waitForSelector('[data-scenario][data-status="done"]', { timeout: 30_000 });
        expect(await other.evaluate(() => document.documentElement.lang)).toBe('hu');
        expect(await other.getAttribute('[data-scenario]', 'data-step')).toBe('2');
        expect(await other.locator('h1').innerText()).toBe(titleIn('hu', 'birthday-cards'));
        expect(await other.getAttribute(callout, 'data-value')).toBe(value);
        expect(await other.locator(callout).innerText()).toBe(text);

        // Switching the language mid-lesson keeps the step and the run: only the words change.
        await other.evaluate(() => Object.assign(window, { sameDocument: true }));
        await other.selectOption(menu, 'ro');
        await expect.poll(() => other.locator('h1').innerText()).toBe(titleIn('ro', 'birthday-cards'));
        expect(await other.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
        expect(await other.getAttribute('[data-scenario]', 'data-step')).toBe('2');
        expect(await other.getAttribute('[data-scenario]', 'data-status')).toBe('done');
        expect(await other.getAttribute(callout, 'data-value')).toBe(value);
        expect(await other.locator(callout).innerText()).toMatch(/\d\sUSD/);
        expect(await other.evaluate(() => window.location.search)).toBe('?scenario=birthday-cards&step=2&lang=ro');
        expect(received.pageErrors).toEqual([]);
      } finally {
        await received.close();
      }
      expect(projected.pageErrors).toEqual([]);
    } finally {
      await projected.close();
    }
  });

  it("opens the model's documentation in Hungarian at an English anchor, and swaps it for the Romanian in place", async () => {
    const opened = await openApp(browser, { query: '?view=model&lang=hu#parameter-reference' });
    const { page } = opened;
    try {
      await page.waitForSelector('article.doc[lang="hu"] h2#parameter-reference');
      const heading = page.locator('h2#parameter-reference');
      const hungarian = await heading.innerText();
      expect(hungarian).not.toBe('Parameter reference');
      await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
      // The reference's tables are in Hungarian: their column titles, labels and sources.
      expect(await page.locator('article.doc th').first().innerText()).not.toBe('Parameter');
      await page.selectOption(menu, 'ro');
      await page.waitForSelector('article.doc[lang="ro"] h2#parameter-reference');
      const romanian = await heading.innerText();
      expect(romanian).not.toBe(hungarian);
      expect(romanian).not.toBe('Parameter reference');
      expect(await page.locator('nav.contents a[href="#parameter-reference"]').innerText()).toBe(romanian);
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("follows the browser's preferred language on a first visit, and remembers a choice over a reload", async () => {
    const opened = await openApp(browser, { locale: 'ru-RU' });
    const { page } = opened;
    try {
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
      expect(await page.locator('nav a', { hasText: 'Песочница' }).count()).toBe(1);
      await page.selectOption(menu, 'en');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.reload();
      await page.waitForSelector('nav a');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('nav a', { hasText: 'Sandbox' }).count()).toBe(1);
    } finally {
      await opened.close();
    }
  });

  it('shows and takes a decimal comma in a Hungarian number field', async () => {
    const opened = await openApp(browser, { query: '?view=sandbox&lang=hu' });
    const { page } = opened;
    try {
      await settled(page);
      const field = page.locator('input[id$="market-initialCustomerShare-field"]').first();
      expect(await field.inputValue()).toBe('0,45');
      await field.fill('0,5');
      await expect.poll(() => page.evaluate(() => window.location.search)).toContain('market.initialCustomerShare=0.5');
      await field.blur();
      expect(await field.inputValue()).toBe('0,5');
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('says on screen when the address asks for a language the app does not speak', async () => {
    const opened = await openApp(browser, { query: '?view=model&lang=de' });
    const { page } = opened;
    try {
      await expect.poll(async () => (await page.textContent('main')) ?? '').toContain('lang=de');
      // The note names the languages there are, each in itself.
      expect(await page.textContent('main')).toContain('English, Русский, Magyar, and Română');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await opened.close();
    }
  });
});
