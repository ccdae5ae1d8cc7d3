/**
 * Every scenario's step "Where does it hold?", in Chromium on the production build: it renders
 * its text, the sweep it will run with the runs and the time they take, and a Run button; run,
 * one scenario's sweep draws its heatmap cell by cell, says where B pays and rings the scenario's
 * own set-up where it lies between the cells; and "Open this sweep
 * in the Experiments view" carries the same sweep there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { readScenario, scenarioFiles } from '../../src/scenarios/node/readScenarios.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import { axisText } from '../../src/experiment/axis.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openApp } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const scenarios: Scenario[] = scenarioFiles().map((path) => {
  const checked = readScenario(path);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
});

/** The address of a scenario's "Where does it hold?" page: after the story and the steps. */
const holdsQuery = (scenario: Scenario) => `?scenario=${scenario.id}&step=${scenario.steps.length + 2}`;

describe('"Where does it hold?"', () => {
  it('renders in every scenario with its sweep, its runs and a Run button', async () => {
    const opened = await openApp(browser, { query: holdsQuery(scenarios[0]), reducedMotion: 'reduce' });
    const { page } = opened;
    for (const scenario of scenarios) {
      await page.goto(new URL(holdsQuery(scenario), page.url()).href);
      const section = page.locator('[data-holds]');
      await section.waitFor();
      expect(await page.locator('#step-title').innerText()).toBe(t('scenario.holds.title'));
      const text = await section.innerText();
      for (const axis of scenario.holds!.axes) expect(text).toContain(axis.key);
      expect(text).toMatch(/\d+ runs, about \d+ (s|min) on this device/);
      expect(await section.locator('[data-control="run"]').isEnabled()).toBe(true);
    }
    expect([...opened.consoleErrors, ...opened.pageErrors]).toEqual([]);
    await opened.close();
  });

  it('runs a scenario’s sweep into a heatmap and a sentence, and opens it in the Experiments view', async () => {
    const scenario = scenarios.find((candidate) => candidate.id === 'admit-mistakes')!;
    const opened = await openApp(browser, { query: holdsQuery(scenario), reducedMotion: 'reduce' });
    const { page } = opened;
    const section = page.locator('[data-holds]');
    await section.locator('[data-control="run"]').click();
    await page.waitForSelector('[data-holds] [data-experiment-status="done"]', { timeout: 120_000 });
    const [first, second] = scenario.holds!.axes;
    expect(await section.locator('[data-heatmap] [data-point]').count()).toBe(first.values.length * second.values.length);
    expect(await section.locator('[data-region]').innerText()).toMatch(/^B comes out (ahead of|behind) A/);
    // The ring marks the scenario itself: a $15 fix, two thirds of the way from the $5 column to
    // the $20 one, and failures before care of one in five, the top row.
    expect(await section.locator('[data-set-up]').getAttribute('data-set-up')).toBe('on on');
    expect(await section.locator('[data-set-up]').innerText()).toBe(t('experiment.setUp.on', { where: 'B.service.fixCost = 15, service.failureRateWithoutCare = 0.2' }));
    const centre = async (selector: string) =>
      section.locator(selector).first().evaluate((shape) => {
        const box = shape.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height };
      });
    const ring = await centre('[data-set-up-mark] circle');
    const cellAt = (xIndex: number, yIndex: number) => centre(`[data-heatmap] [data-point="${xIndex * second.values.length + yIndex}"] rect`);
    const [cheapest, next] = [await cellAt(0, second.values.length - 1), await cellAt(1, second.values.length - 1)];
    expect(ring.x).toBeCloseTo(cheapest.x + ((next.x - cheapest.x) * 2) / 3, 0);
    expect(ring.y).toBeCloseTo(cheapest.y, 0);
    await section.getByRole('link', { name: t('scenario.holds.open') }).click();
    await page.waitForSelector('[data-experiment-builder]');
    const sweeps = new URL(page.url()).searchParams.getAll('sweep');
    expect(sweeps).toEqual(scenario.holds!.axes.map(axisText));
    expect([...opened.consoleErrors, ...opened.pageErrors]).toEqual([]);
    await opened.close();
  });
});
