/**
 * No English left on a page in Russian, Hungarian or Romanian: every view, and every page of every
 * scenario from its story to its debrief, is read as a person sees it (the page's visible text)
 * and searched for English words (src/build/englishLeft.ts: words that none of the other three
 * languages uses; ids, parameter keys and code aside). The model's documentation is read whole but
 * for its code and its list of sources, whose works keep their own titles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { englishLeft } from '../../src/build/englishLeft.ts';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openApp, settle } from './harness.ts';
import { debriefStep } from '../support/scenarioPages.ts';

const LANGUAGES = ['ru', 'hu', 'ro'] as const;
const VIEWS = [
  { view: 'home', query: '' },
  { view: 'sandbox', query: '?view=sandbox&compare=on&b.bonusBank.enabled=on' },
  { view: 'experiment', query: '?view=experiment' },
  { view: 'data', query: '?view=data' },
];

const read = readScenarios();
const scenarios = read.ok ? read.value : [];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The English words in what the page shows, each with where it stands. A name in brackets after
 * its label is the address's or the CLI's id ("Mag (seed)", "Ügyfelek a hét végén (customers)"),
 * which stays as it is in every language.
 */
async function englishOnScreen(page: Page, language: string, root = 'body'): Promise<string[]> {
  const text = (await page.locator(root).innerText()).replace(/\([a-z][A-Za-z0-9.]*\)/g, ' ');
  return englishLeft(text, language).map((hit) => `"${hit.word}" in "…${hit.around}…"`);
}

/**
 * The documentation's text as shown, without its code (formula blocks included), the list of
 * sources, and the works' own titles where the text cites them (in italics, or a quote all in
 * Latin letters: "Counting your customers" the easy way).
 */
async function documentationProse(page: Page): Promise<string> {
  return page.evaluate(() => {
    const article = document.querySelector('article.doc');
    if (!article) return '';
    const sources = article.querySelector('h2#sources');
    const parts: string[] = [];
    let inSources = false;
    for (const block of Array.from(article.children)) {
      if (block.tagName === 'H2') inSources = block === sources;
      if (inSources) continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('code, pre, em')) parts.push(node.textContent ?? '');
      }
    }
    return parts.join(' ').replace(/["«„“]([A-Za-z0-9\s,.'’:;!?&()-]+)["»”](?:\s+the\s+easy\s+way)?/g, ' ');
  });
}

describe('no English left', () => {
  for (const language of LANGUAGES) {
    it(`on any view in ${language}`, async () => {
      const opened = await openApp(browser, { query: '?lang=' + language });
      const { page } = opened;
      try {
        const found: string[] = [];
        for (const { view, query } of VIEWS) {
          await page.goto(new URL(`${query || '?'}${query ? '&' : ''}lang=${language}`, page.url()).href);
          await settle(page, view);
          found.push(...(await englishOnScreen(page, language)).map((hit) => `${view}: ${hit}`));
        }
        await page.goto(new URL(`?view=model&lang=${language}`, page.url()).href);
        await settle(page, 'model');
        await page.waitForSelector(`article.doc[lang="${language}"]`);
        found.push(...(await englishOnScreen(page, language, 'header')).map((hit) => `model: ${hit}`));
        found.push(...englishLeft(await documentationProse(page), language).map((hit) => `model: "${hit.word}" in "…${hit.around}…"`));
        expect(found.join('\n')).toBe('');
        expect(opened.pageErrors.join('\n')).toBe('');
      } finally {
        await opened.close();
      }
    });

    it(`on any page of any scenario in ${language}`, async () => {
      const opened = await openApp(browser, { query: `?lang=${language}` });
      const { page } = opened;
      try {
        const found: string[] = [];
        for (const scenario of scenarios) {
          await page.goto(new URL(`?scenario=${scenario.id}&lang=${language}`, page.url()).href);
          await page.waitForSelector('[data-prediction]');
          found.push(...(await englishOnScreen(page, language, 'main')).map((hit) => `${scenario.id} story: ${hit}`));
          await page.locator('[data-prediction] input[type="radio"]').first().check();
          await page.locator('[data-prediction] button[type="submit"]').click();
          await page.waitForSelector('[data-scenario][data-status="done"]', { timeout: 30_000 });
          for (let step = 2; step <= debriefStep(scenario); step++) {
            await page.locator('[data-step-next]').click();
            await page.waitForSelector(`[data-scenario][data-step="${step}"]`);
            found.push(...(await englishOnScreen(page, language, 'main')).map((hit) => `${scenario.id} page ${step}: ${hit}`));
          }
        }
        expect(found.join('\n')).toBe('');
        expect(opened.pageErrors.join('\n')).toBe('');
      } finally {
        await opened.close();
      }
    }, 600_000);
  }
});
