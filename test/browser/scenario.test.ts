/**
 * The scenarios in the built app: every scenario opens from its card's address, takes a
 * prediction, steps through to its debrief, and the debrief's numbers are the CLI's for the same
 * seed; the keyboard steps; a link to a step opens that step with the same run; classroom mode
 * shows one chart with "copy link" and a QR code; "open in sandbox" loads A and B; no serious
 * accessibility violation, no sideways scrolling on a phone, and no request leaves the page.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { seriousViolations } from './axe.ts';
import { appUrl, offOrigin, openApp, waitForRun } from './harness.ts';
import { debriefStep } from '../support/scenarioPages.ts';
import { spreadSeeds, withSeeds } from '../../src/analysis/seeds.ts';
import { leverBreakdown, shareOf } from '../../src/analysis/leverBreakdown.ts';
import { VERDICT_SEEDS } from '../../src/app/state/seedVerdict.ts';
import { leverConfigs, variantConfig, whatIfConfigs } from '../../src/scenarios/run.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import type { RunConfig } from '../../src/sim/run/config.ts';

const read = readScenarios();
const scenarios: Scenario[] = read.ok ? read.value : [];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface CliFigure {
  value: number | null;
  text: string;
}

/** The debrief's figures as the CLI prints them for a scenario, on its own seed or the one given. */
function cliFigures(id: string, seed?: number): Record<string, CliFigure> {
  const seedArgs = seed === undefined ? [] : ['--seed', String(seed)];
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--scenario', id, '--variant', 'A', ...seedArgs], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { debrief: { figures: Record<string, CliFigure> } }).debrief.figures;
}

async function step(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-scenario]', 'data-step'));
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-scenario][data-status="done"]', { timeout: 30_000 });
}

describe('each scenario', () => {
  it('has a card on the home page', async () => {
    const opened = await openApp(browser);
    await opened.page.waitForSelector('main[data-view="home"] h1');
    const cards = await opened.page.locator('[data-scenario-card]').evaluateAll((items) => items.map((item) => item.getAttribute('data-scenario-card')));
    expect(cards).toEqual(scenarios.map((scenario) => scenario.id));
    await opened.close();
  });

  for (const scenario of scenarios) {
    it(`${scenario.id}: takes a prediction, steps to the debrief, and shows the CLI's numbers`, async () => {
      const opened = await openApp(browser, { query: `?scenario=${scenario.id}` });
      const { page } = opened;
      await page.waitForSelector('[data-prediction]');
      expect(await page.locator('.chart-card').count()).toBe(0);
      await page.locator('[data-prediction] input[type="radio"]').first().check();
      await page.getByRole('button', { name: t('scenario.predict.run') }).click();
      for (let page_ = 2; page_ <= debriefStep(scenario); page_++) {
        await page.locator('[data-step-next]').click();
        expect(await step(page)).toBe(page_);
      }
      await ready(page);
      await page.waitForSelector('[data-debrief]');
      const cli = cliFigures(scenario.id);
      const shown = await page.locator('[data-debrief] tr[data-figure]').evaluateAll((rows) =>
        rows.map((row) => ({ name: row.getAttribute('data-figure'), value: row.getAttribute('data-value'), text: row.querySelector('td')?.textContent })),
      );
      expect(shown.map((row) => row.name)).toEqual(Object.keys(cli));
      for (const row of shown) {
        const expected = cli[row.name ?? ''];
        expect(row.value).toBe(expected.value === null ? '' : String(expected.value));
        expect(row.text).toBe(expected.text);
      }
      expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toMatch(/^(right|wrong)$/);
      expect(new URL(page.url()).searchParams.get('step')).toBe(String(debriefStep(scenario)));
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      expect(offOrigin(opened.requests)).toEqual([]);
      await opened.close();
    });
  }
});

describe('the player', () => {
  it('steps with the arrow keys and opens a link to a step at that step, with the same run', async () => {
    const opened = await openApp(browser, { query: '?scenario=over-promising&step=3' });
    const { page } = opened;
    await ready(page);
    expect(await step(page)).toBe(3);
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    expect(await step(page)).toBe(4);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await step(page)).toBe(2);
    const summary = await page.locator('.slot.current [data-summary]').innerText();
    const again = await openApp(browser, { query: '?scenario=over-promising&step=2' });
    await ready(again.page);
    expect(await again.page.locator('.slot.current [data-summary]').innerText()).toBe(summary);
    await Promise.all([opened.close(), again.close()]);
  });

  it('runs on the seed a link gives, with the CLI’s numbers for that seed, and keeps it in the address', async () => {
    const opened = await openApp(browser, { query: '?scenario=admit-mistakes&step=7&seed=4' });
    const { page } = opened;
    await ready(page);
    await page.waitForSelector('[data-debrief]');
    const gain = cliFigures('admit-mistakes', 4).gain;
    // The verdict over the ten seeds from 4: B's count as the core gives it in Node.
    const scenario = scenarios.find((candidate) => candidate.id === 'admit-mistakes')!;
    const profit = (variant: 'A' | 'B', seed: number) => simulate(variantConfig(scenario, variant, seed)).summary.cumulativeProfit;
    const ahead = spreadSeeds(4, VERDICT_SEEDS).filter((seed) => profit('B', seed) > profit('A', seed)).length;
    await page.waitForSelector('[data-seed-verdict="done"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-seed-verdict]', 'data-seeds-ahead')).toBe(String(ahead));
    expect(await page.locator('[data-seed-verdict]').innerText()).toContain(`Over 10 seeds (4 to 13), B (Admit and fix) ends with more cumulative profit than A (Excuses) in ${ahead} of the 10.`);
    expect(await page.getAttribute('[data-debrief] tr[data-figure="gain"]', 'data-value')).toBe(String(gain.value));
    expect(await page.locator('[data-debrief] tr[data-figure="gain"] td').innerText()).toBe(gain.text);
    const sandbox = new URL((await page.getAttribute('[data-open-sandbox]', 'href')) ?? '', page.url());
    expect(sandbox.searchParams.get('seed')).toBe('4');
    await page.keyboard.press('ArrowLeft');
    expect(new URL(page.url()).search).toBe('?scenario=admit-mistakes&step=6&seed=4');
    await opened.close();
  });

  it("takes B − A apart lever by lever in spam-folder's debrief, to the medians the core gives in Node", async () => {
    const spam = scenarios.find((candidate) => candidate.id === 'spam-folder')!;
    const opened = await openApp(browser, { query: `?scenario=spam-folder&step=${debriefStep(spam)}` });
    const { page } = opened;
    await ready(page);
    await page.waitForSelector('[data-levers="done"]', { timeout: 120_000 });
    const seeds = spreadSeeds(spam.seed, VERDICT_SEEDS);
    const finals = leverConfigs(spam).map((config) => withSeeds(config, seeds).map((run) => simulate(run).summary.cumulativeProfit));
    const shares = leverBreakdown(spam.levers.map((lever) => lever.label), finals, t('scenario.levers.total'));
    const rows = page.locator('[data-levers] tbody tr');
    expect(await rows.count()).toBe(spam.levers.length + 1);
    for (const [index, share] of shares.entries()) {
      const row = rows.nth(index);
      expect(await row.getAttribute('data-median')).toBe(String(share.median));
      expect(await row.locator('th').innerText()).toBe(share.label);
      expect(await row.locator('td').last().innerText()).toContain(`${share.seedsAhead} of ${VERDICT_SEEDS}`);
    }
    expect(await rows.last().getAttribute('data-lever')).toBe('total');
    await opened.close();
  }, 180_000);

  it("runs admit-mistakes' what-ifs over the verdict's seeds, row by row, to the B − A the core gives in Node", async () => {
    const admit = scenarios.find((candidate) => candidate.id === 'admit-mistakes')!;
    const opened = await openApp(browser, { query: `?scenario=admit-mistakes&step=${debriefStep(admit)}` });
    const { page } = opened;
    await ready(page);
    const rows = page.locator('[data-what-ifs] tbody tr');
    expect(await rows.count()).toBe(admit.whatIfs.length + 1);
    await page.waitForSelector('[data-what-ifs="done"]', { timeout: 120_000 });
    const seeds = spreadSeeds(admit.seed, VERDICT_SEEDS);
    const gains = (a: RunConfig, b: RunConfig) =>
      seeds.map((seed) => simulate({ ...b, seed }).summary.cumulativeProfit - simulate({ ...a, seed }).summary.cumulativeProfit);
    const [first] = whatIfConfigs(admit);
    const expected = [
      shareOf('as run', gains(variantConfig(admit, 'A'), variantConfig(admit, 'B'))),
      shareOf(first.label, gains(first.a, first.b)),
    ];
    for (const [index, share] of expected.entries()) {
      const row = rows.nth(index);
      expect(await row.getAttribute('data-median')).toBe(String(share.median));
      expect(await row.getAttribute('data-seeds-ahead')).toBe(String(share.seedsAhead));
      expect(await row.locator('td').last().innerText()).toContain(`${share.seedsAhead} of ${VERDICT_SEEDS}`);
    }
    expect(await rows.first().getAttribute('data-what-if-row')).toBe('as-run');
    // Each change's name opens the sandbox with it.
    const link = new URL((await rows.nth(1).locator('a[data-what-if]').getAttribute('href')) ?? '', page.url());
    expect(link.searchParams.get('compare')).toBe('on');
    expect(link.searchParams.get('b.service.fixCost')).toBe('60');
    expect(await rows.nth(1).locator('th').innerText()).toBe(first.label);
    await opened.close();
  }, 180_000);

  it('says so when a link asks for a step past the last', async () => {
    const opened = await openApp(browser, { query: '?scenario=admit-mistakes&step=40' });
    await ready(opened.page);
    expect(await step(opened.page)).toBe(7);
    expect(await opened.page.locator('.notes').innerText()).toContain('step=40');
    await opened.close();
  });

  it('opens A and B in the sandbox in compare mode', async () => {
    const opened = await openApp(browser, { query: '?scenario=bonus-bank-vs-discount&step=7' });
    const { page } = opened;
    await ready(page);
    await page.locator('[data-open-sandbox]').click();
    await waitForRun(page);
    expect(await page.getAttribute('[data-sandbox]', 'data-compare')).toBe('true');
    expect(await page.locator('.notes').count()).toBe(0);
    // A as its changes from the defaults, B as its changes from A.
    const url = new URL(page.url());
    expect(url.searchParams.get('discount.enabled')).toBe('on');
    expect(url.searchParams.get('compare')).toBe('on');
    expect(url.searchParams.get('b.discount.enabled')).toBe('off');
    expect(url.searchParams.get('b.bonusBank.enabled')).toBe('on');
    // B runs with the bank: it owes points; A, with the card only, owes none.
    expect(Number(await page.getAttribute('[data-metric-b="pointsLiability"]', 'data-value'))).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('[data-metric="pointsLiability"]', 'data-value'))).toBe(0);
    await opened.close();
  });

  for (const viewport of [{ width: 1366, height: 850 }, { width: 360, height: 740 }]) {
    it(`has no serious accessibility violation and no sideways scrolling at ${viewport.width}×${viewport.height}`, async () => {
      // The story, "Where does it hold?" and the debrief.
      for (const query of ['?scenario=customer-club', '?scenario=customer-club&step=6', '?scenario=customer-club&step=7']) {
        const opened = await openApp(browser, { query, viewport, reducedMotion: 'reduce' });
        const { page } = opened;
        await ready(page);
        await page.waitForTimeout(300);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await opened.close();
      }
    });
  }
});

describe('classroom mode', () => {
  it('shows one chart, steps with the keys, copies the link to the step and draws its QR code', async () => {
    const opened = await openApp(browser, { query: '?scenario=why-retention&step=3&present=1', viewport: { width: 1920, height: 1080 } });
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page);
    await page.waitForSelector('[data-classroom] .chart-card');
    expect(await page.locator('[data-classroom] .chart-card').count()).toBe(1);
    expect(await page.locator('[data-classroom] .chart-card .actions').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await step(page)).toBe(4);
    await page.locator('[data-copy-link]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?scenario=why-retention&step=4');
    await page.locator('[data-qr-toggle]').click();
    expect(await page.locator('svg[data-qr] path').getAttribute('d')).toMatch(/^M/);
    expect(await seriousViolations(page)).toEqual([]);
    for (let press = 0; press < 12; press++) {
      await page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-classroom]') !== null)).toBe(true);
    }
    await page.locator('[data-classroom]').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-classroom]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-present-open'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(offOrigin(opened.requests)).toEqual([]);
    await opened.close();
  });
});

describe('the teacher’s notes', () => {
  it('are hidden until "For the teacher" is on, follow the pages, stay in the address and never reach the projector or the learners’ link', async () => {
    const admit = scenarios.find((candidate) => candidate.id === 'admit-mistakes')!;
    const notes = admit.teacher;
    const opened = await openApp(browser, { query: '?scenario=admit-mistakes', viewport: { width: 1366, height: 850 } });
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.waitForSelector('[data-prediction]');
    const questions = () => page.locator('[data-teacher-questions] li').allInnerTexts();
    expect(await page.locator('[data-teacher-notes]').count()).toBe(0);
    await page.locator('[data-teacher-switch]').click();
    expect(await page.getAttribute('[data-teacher-switch]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-teacher-notes]', 'data-teacher-notes')).toBe('story');
    expect(await questions()).toEqual(notes.ask.story);
    // The story's page prepares the session: its goals and the misconceptions to expect.
    const panel = page.locator('[data-teacher-notes]');
    expect(await panel.innerText()).toContain(notes.goals[0]);
    expect(await panel.innerText()).toContain(notes.misconceptions[0].belief);
    expect(new URL(page.url()).searchParams.get('teacher')).toBe('1');
    await page.locator('[data-prediction] input[type="radio"]').first().check();
    await page.getByRole('button', { name: t('scenario.predict.run') }).click();
    await page.locator('[data-step-next]').click();
    expect(await page.getAttribute('[data-teacher-notes]', 'data-teacher-notes')).toBe('step');
    expect(await questions()).toEqual(notes.ask.steps[0]);
    // Opened from its address, the step shows the notes again.
    const again = await openApp(browser, { query: '?scenario=admit-mistakes&step=3&teacher=1' });
    await again.page.waitForSelector('[data-teacher-notes="step"]');
    expect(await again.page.locator('[data-teacher-questions] li').allInnerTexts()).toEqual(notes.ask.steps[1]);
    expect(await seriousViolations(again.page)).toEqual([]);
    await again.close();
    // Classroom mode shows the room only what learners see, and its link leaves the notes out.
    await page.locator('[data-present-open]').click();
    await page.waitForSelector('[data-classroom]');
    expect(await page.locator('[data-teacher-notes]').count()).toBe(0);
    await page.locator('[data-copy-link]').click();
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('teacher')).toBeNull();
    await page.keyboard.press('Escape');
    await page.locator('[data-teacher-switch]').click();
    expect(await page.locator('[data-teacher-notes]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('teacher')).toBeNull();
    expect([...opened.pageErrors, ...opened.consoleErrors]).toEqual([]);
    await opened.close();
  });

  it('prints every scenario’s handout on one A4 page and its teacher’s sheet with all its notes', async () => {
    const opened = await openApp(browser, { query: '?scenario=admit-mistakes&teacher=1' });
    const { page } = opened;
    // The teacher panel links to both sheets.
    await page.waitForSelector('[data-print-link="handout"]');
    expect(new URL((await page.getAttribute('[data-print-link="handout"]', 'href')) ?? '', page.url()).searchParams.get('print')).toBe('handout');
    const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Pages[^>]*\/Count (\d+)/)?.[1];
    for (const scenario of scenarios) {
      await page.goto(appUrl(`?scenario=${scenario.id}&print=handout`));
      await page.waitForSelector('[data-print-sheet="handout"]');
      const handout = page.locator('[data-print-sheet]');
      expect(await handout.locator('h1').innerText()).toBe(scenario.title);
      expect(await handout.locator('.choices li').allInnerTexts()).toEqual(scenario.question.choices.map((choice) => choice.label));
      expect(pagesOf(await page.pdf({ format: 'A4', printBackground: true })), scenario.id).toBe('1');
      await page.goto(appUrl(`?scenario=${scenario.id}&print=teacher`));
      await page.waitForSelector('[data-print-sheet="teacher"]');
      const sheet = await page.locator('[data-print-sheet]').innerText();
      const notes = scenario.teacher;
      for (const text of [...notes.goals, ...notes.ask.story, ...notes.ask.steps.flat(), ...notes.ask.debrief, notes.misconceptions[0].answer]) {
        expect(sheet, scenario.id).toContain(text);
      }
    }
    expect([...opened.pageErrors, ...opened.consoleErrors]).toEqual([]);
    await opened.close();
  }, 180_000);
});
