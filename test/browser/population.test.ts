/**
 * The population view in the sandbox, in Chromium on the production build: its group counts are
 * the states of the sampled people that `simulate()` gives in Node for the same configuration, at
 * the end of the run and wherever the week scrubber is put; a person's number and "Read the
 * story" show the story the core records for that person (a traced run of the same
 * configuration); clicking a dot opens a story, and closing it returns focus to the view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate, type RunResult, type StateSample } from '../../src/sim/index.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { formatNumber } from '../../src/app/format/numbers.ts';
import { t, type MessageKey } from '../../src/app/i18n/t.ts';
import { storyLines } from '../../src/app/population/storyText.ts';
import { params } from '../support/runs.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openView } from './harness.ts';

let browser: Browser;
let sampled: RunResult;
let sample: StateSample;

beforeAll(async () => {
  browser = await launchChromium();
  sampled = simulate({ ...defaultRunConfig(), sample: 10_000 });
  if (!sampled.sample) throw new Error('the core logged no sample');
  sample = sampled.sample;
});

afterAll(async () => {
  await browser?.close();
});

/** The counts line the view shows for the sampled states of rows[row] (of A's run unless told). */
function countsAt(row: number, of: StateSample = sample): string[] {
  const states = of.rows[row];
  return [0, 1, 2].map((state) =>
    t('population.groupCount', {
      name: t(`population.group.${state}` as MessageKey),
      count: formatNumber(states.filter((value) => value === state).length, 'count'),
    }),
  );
}

async function openSandbox() {
  const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
  await opened.page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 30_000 });
  await opened.page.waitForSelector('[data-view="population"]');
  return opened;
}

const counts = (page: Page) => page.locator('[data-view="population"] .counts').innerText();

describe('the population view in the sandbox', () => {
  it('shows the sampled people grouped as the core counts them, at the end and at the scrubber’s week', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    expect(sample.ids).toHaveLength(10_000);
    expect(await counts(page)).toBe(countsAt(sampled.weeks).join(' · '));
    // The customers among the sampled people are the run's customers (everyone is sampled).
    expect(countsAt(sampled.weeks)[1]).toContain(formatNumber(sampled.series.customers[sampled.weeks - 1], 'count'));

    await page.locator('#sandbox-week').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => counts(page)).toBe(countsAt(1).join(' · '));
    expect(countsAt(1)).not.toEqual(countsAt(sampled.weeks));
    for (let press = 0; press < 10; press++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => counts(page)).toBe(countsAt(11).join(' · '));
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('shows A’s or B’s people in compare mode, as the core counts each', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
    const group = page.locator('[data-side="b"] [data-group="bonusBank"]');
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await page.locator('[data-side="b"] [data-param="bonusBank.enabled"] [role="switch"]').check();
    await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 30_000 });
    const bankRun = simulate({ ...defaultRunConfig(), sample: 10_000, params: params({ 'bonusBank.enabled': true }) });
    if (!bankRun.sample) throw new Error('the core logged no sample');
    const end = sampled.weeks;
    expect(await counts(page)).toBe(countsAt(end).join(' · '));
    await page.getByRole('radio', { name: t('population.sideOption', { name: 'B' }) }).check();
    await expect.poll(() => counts(page)).toBe(countsAt(end, bankRun.sample).join(' · '));
    expect(countsAt(end, bankRun.sample)).not.toEqual(countsAt(end));
    expect(await page.getAttribute('[data-population-side]', 'data-population-side')).toBe('b');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('reads a person’s story, as the core records it, from their number', async () => {
    // A person who joined and left during the run, so the story has both kinds of sentence.
    const id = sample.ids.find((candidate) => {
      const events = simulate({ ...defaultRunConfig(), trace: [candidate] }).stories[candidate] ?? [];
      return events.some((event) => event.kind === 'left') && events.some((event) => event.kind === 'joined');
    });
    if (id === undefined) throw new Error('no sampled person joined and left');
    const events = simulate({ ...defaultRunConfig(), trace: [id] }).stories[id];
    const index = sample.ids.indexOf(id);
    const lines = storyLines(events).length + (sample.rows[0][index] === 1 ? 1 : 0);

    const opened = await openSandbox();
    const { page } = opened;
    await page.getByLabel(t('population.pick')).fill(String(id));
    await page.getByRole('button', { name: t('population.open') }).click();
    const story = page.locator(`[data-story="${id}"]`);
    await expect.poll(() => story.locator('li').count(), { timeout: 30_000 }).toBe(lines);
    const text = await story.innerText();
    const left = events.find((event) => event.kind === 'left');
    const joined = events.find((event) => event.kind === 'joined');
    if (left?.kind !== 'left' || joined?.kind !== 'joined') throw new Error('unreachable');
    expect(text).toContain(t(`story.left.${left.reason}`));
    expect(text).toContain(t(`story.joined.${joined.channel}`));
    expect(await page.locator('[data-sandbox]').getAttribute('data-status')).toBe('done');

    await story.getByRole('button', { name: t('story.close') }).click();
    await expect.poll(() => story.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('population.open'));
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    await opened.close();
  });

  it('opens a story when a dot is clicked, and returns focus to the view when it is closed', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    const canvas = page.locator('[data-view="population"] canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the canvas is not on screen');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await expect.poll(() => page.locator('[data-view="population"] .card').count()).toBe(1);
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
    const story = page.locator('[data-story]');
    await expect.poll(() => story.count()).toBe(1);
    const id = Number(await story.getAttribute('data-story'));
    expect(sample.ids).toContain(id);
    const events = simulate({ ...defaultRunConfig(), trace: [id] }).stories[id] ?? [];
    await expect.poll(() => page.locator('[data-story] [role="status"]').count(), { timeout: 30_000 }).toBe(0);
    const items = await story.locator('li').count();
    const first = sample.rows[0][sample.ids.indexOf(id)] === 1 ? 1 : 0;
    expect(items).toBe(events.length === 0 && first === 0 ? 0 : storyLines(events).length + first);

    await story.getByRole('button', { name: t('story.close') }).click();
    await expect.poll(() => story.count()).toBe(0);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.population-card')))).toBe(true);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
