/**
 * Hungarian's long words and Russian's long phrases fit: in Chromium at a phone's 360 px and a
 * projector's 1920 px, every view (home, sandbox in compare mode, experiment, your customers, the
 * model, the lesson plan) and the pages of a scenario (story, steps, debrief) have no text that
 * runs out of its box or off the screen, no controls or headings that overlap, and no sideways
 * scrolling (layoutFaults.ts). English is measured too, as the reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/chromium.ts';
import { openApp, settle } from './harness.ts';
import { layoutFaults } from './layoutFaults.ts';

const VIEWS = [
  { view: 'home', query: '' },
  { view: 'sandbox', query: '?view=sandbox&compare=on&b.bonusBank.enabled=on' },
  { view: 'experiment', query: '?view=experiment' },
  { view: 'data', query: '?view=data' },
  { view: 'model', query: '?view=model' },
  { view: 'lesson', query: '?view=lesson&plan=birthday-cards,pizza-guarantee' },
];
const SCENARIO = 'birthday-cards';
const SCENARIO_PAGES = [1, 2, 5, 7];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the layout check', () => {
  it('finds text that runs out of its box, sideways scrolling and controls that overlap, but not a closed menu', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.setContent(`
        <button style="display:block;width:60px;white-space:nowrap;overflow:hidden">Beállítások mentése</button>
        <div><button>Egy gomb</button><button style="margin-left:-30px">Kettő</button></div>
        <details><summary>Menü</summary><button>Rejtett gomb</button></details>
        <p style="width:600px">Széles bekezdés</p>`);
      const faults = await layoutFaults(page);
      expect(faults.some((fault) => fault.startsWith('button "Beállítások mentése" runs out of its box'))).toBe(true);
      expect(faults.some((fault) => fault.startsWith('the page scrolls sideways'))).toBe(true);
      expect(faults.some((fault) => fault.startsWith('button "Egy gomb" overlaps button "Kettő"'))).toBe(true);
      expect(faults.some((fault) => fault.includes('Rejtett gomb'))).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('the layout in long-worded languages', () => {
  for (const language of ['hu', 'ru', 'en'] as const) {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1920, height: 1080 }]) {
      it(`has nothing running out, off the screen or overlapping in ${language} at ${viewport.width} px`, async () => {
        const opened = await openApp(browser, { query: `?lang=${language}`, viewport, reducedMotion: 'reduce' });
        const { page } = opened;
        try {
          const found: string[] = [];
          for (const { view, query } of VIEWS) {
            await page.goto(new URL(`${query || '?'}${query ? '&' : ''}lang=${language}`, page.url()).href);
            if (view === 'lesson') await page.waitForSelector('[data-lesson]');
            else await settle(page, view);
            found.push(...(await layoutFaults(page)).map((fault) => `${view}: ${fault}`));
          }
          for (const step of SCENARIO_PAGES) {
            await page.goto(new URL(`?scenario=${SCENARIO}&step=${step}&lang=${language}`, page.url()).href);
            await page.waitForSelector('[data-scenario][data-status="done"]', { timeout: 30_000 });
            found.push(...(await layoutFaults(page)).map((fault) => `${SCENARIO} page ${step}: ${fault}`));
          }
          expect(found.join('\n')).toBe('');
        } finally {
          await opened.close();
        }
      }, 180_000);
    }
  }
});
