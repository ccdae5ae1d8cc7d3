/**
 * The sandbox as a person uses it, in Chromium on the production build: a slider moved by the
 * keyboard re-runs the model and shows exactly the numbers `simulate()` gives in Node for the new
 * value; a bad number typed in a field is refused with a message and changes nothing; compare
 * mode runs B beside A on the same people and shows the difference chart and the A/B/B − A table;
 * "reset all" brings back the defaults; the week scrubber and playback move every chart's cursor
 * and the numbers; a large run shows its progress and can be cancelled; a phone gets the
 * parameters behind a button and A and B behind a switch, without scrolling sideways; and axe
 * finds no serious or critical violation with every control of compare mode on screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { groups, simulate, type RunResult } from '../../src/sim/index.ts';
import { paramDefs } from '../../src/sim/params/schema.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { t } from '../../src/app/i18n/t.ts';
import { params } from '../support/runs.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openView } from './harness.ts';
import { injectAxe } from './axe.ts';

let browser: Browser;
let defaults: RunResult;

beforeAll(async () => {
  browser = await launchChromium();
  defaults = simulate(defaultRunConfig());
});

afterAll(async () => {
  await browser?.close();
});

function run(overrides: Record<string, unknown>): RunResult {
  return simulate({ ...defaultRunConfig(), params: params(overrides) });
}

/** Waits until the runs for what is on screen are done and every chart shows them. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 30_000 });
}

async function value(page: Page, selector: string): Promise<number> {
  const raw = await page.getAttribute(selector, 'data-value');
  if (raw === null) throw new Error(`${selector} has no data-value`);
  return Number(raw);
}

const profit = '[data-metric="cumulativeProfit"]';

/** Waits for a number to change from `before` and for the page to be up to date again. */
async function changed(page: Page, selector: string, before: number): Promise<number> {
  await expect.poll(() => value(page, selector), { timeout: 30_000 }).not.toBe(before);
  await settled(page);
  return value(page, selector);
}

async function openSandbox(options: Parameters<typeof openView>[2] = {}) {
  const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce', ...options });
  await settled(opened.page);
  return opened;
}

async function openGroup(page: Page, group: string, side = 'a'): Promise<void> {
  const details = page.locator(`[data-side="${side}"] [data-group="${group}"]`);
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
  }
}

describe('the sandbox', () => {
  it('opens with every group of the schema and the numbers of the default run', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    const shown = await page.locator('[data-side="a"] [data-group]').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-group')),
    );
    expect(shown).toEqual(groups.map((group) => group.id));
    expect(await value(page, profit)).toBe(defaults.summary.cumulativeProfit);
    expect(await value(page, '[data-metric="customers"]')).toBe(defaults.summary.customers);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('re-runs when a slider moves by keyboard and shows the numbers simulate() gives for the new value', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    await openGroup(page, 'purchases');
    const slider = page.locator('#a-purchases-grossMargin-slider');
    await slider.focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
    // Presses that come while a run computes take effect when it lands (the field shows the value in effect).
    await expect.poll(async () => Number(await page.inputValue('#a-purchases-grossMargin-field'))).toBeCloseTo(0.38, 10);
    const margin = Number(await page.inputValue('#a-purchases-grossMargin-field'));
    expect(Number(await slider.inputValue())).toBe(margin);

    const shown = await changed(page, profit, defaults.summary.cumulativeProfit);
    const expected = run({ 'purchases.grossMargin': margin }).summary;
    expect(shown).toBe(expected.cumulativeProfit);
    for (const name of ['customers', 'retentionAnnual', 'valuePerCustomer', 'costPerCustomerWon'] as const) {
      expect(await value(page, `[data-metric="${name}"]`), name).toBe(expected[name]);
    }
    // The changed parameter is marked, and its reset brings the default run back.
    expect(await page.getAttribute('[data-side="a"] [data-param="purchases.grossMargin"]', 'data-changed')).toBe('true');
    await page.getByRole('button', { name: t('sandbox.param.reset', { label: 'Gross margin', value: '0.35' }) }).click();
    expect(await changed(page, profit, shown)).toBe(defaults.summary.cumulativeProfit);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('refuses a number out of range or not a number with a message by the field, and changes nothing', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    await openGroup(page, 'purchases');
    const field = page.locator('#a-purchases-basket-field');
    const row = page.locator('[data-side="a"] [data-param="purchases.basket"]');
    for (const typed of ['abc', '5000']) {
      await field.fill(typed);
      const message = row.locator('.refusal');
      await expect.poll(() => message.isVisible()).toBe(true);
      expect(await message.innerText()).toContain('a number from 1 to 1000');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await field.press('Tab');
      // The refused text stays in view; the value in effect and the numbers do not change.
      expect(await field.inputValue()).toBe(typed);
      expect(await page.inputValue('#a-purchases-basket-slider')).toBe(String(paramDefs['purchases.basket'].default));
      await page.waitForTimeout(300);
      expect(await page.getAttribute('[data-sandbox]', 'data-status')).toBe('done');
      expect(await value(page, profit)).toBe(defaults.summary.cumulativeProfit);
    }
    await opened.close();
  });

  it('compares B with A on the same people: the difference chart and the table of A, B and B − A', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
    await page.waitForSelector('[data-sandbox][data-compare="true"]');
    await settled(page);
    // B starts as a copy of A: nothing differs yet.
    expect(await value(page, '[data-metric-diff="cumulativeProfit"]')).toBe(0);

    await openGroup(page, 'bonusBank', 'b');
    await page.locator('[data-side="b"] [data-param="bonusBank.enabled"] [role="switch"]').check();
    await changed(page, '[data-metric-b="cumulativeProfit"]', defaults.summary.cumulativeProfit);

    const a = defaults.summary;
    const b = run({ 'bonusBank.enabled': true }).summary;
    expect(await value(page, '[data-metric="cumulativeProfit"]')).toBe(a.cumulativeProfit);
    expect(await value(page, '[data-metric-b="cumulativeProfit"]')).toBe(b.cumulativeProfit);
    expect(await value(page, '[data-metric-diff="cumulativeProfit"]')).toBe(b.cumulativeProfit - a.cumulativeProfit);
    expect(await value(page, '[data-metric-b="pointsLiability"]')).toBe(b.pointsLiability);
    expect(await page.locator('[data-summary-table] th[scope="col"]').allInnerTexts()).toEqual([
      t('sandbox.summary.figure'),
      'A',
      'B',
      t('sandbox.summary.diff'),
    ]);
    expect(await page.locator('[data-chart="difference"]').isVisible()).toBe(true);
    expect(await page.getAttribute('[data-side="b"] [data-param="bonusBank.enabled"]', 'data-differs')).toBe('true');
    expect(await page.getAttribute('[data-side="a"] [data-param="bonusBank.enabled"]', 'data-differs')).toBeNull();

    // Leaving compare mode leaves A alone on screen.
    await page.getByRole('switch', { name: t('sandbox.compare.switch') }).uncheck();
    await settled(page);
    expect(await page.locator('[data-chart="difference"]').count()).toBe(0);
    expect(await page.locator('[data-summary-table]').count()).toBe(0);
    expect(await value(page, profit)).toBe(a.cumulativeProfit);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('brings back every default with "reset all"', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    await openGroup(page, 'discount');
    await page.locator('[data-side="a"] [data-param="discount.enabled"] [role="switch"]').check();
    await changed(page, profit, defaults.summary.cumulativeProfit);
    const seed = page.locator('#sandbox-seed');
    await seed.fill('42');
    await seed.press('Enter');
    await expect.poll(() => page.locator('[data-run-status]').innerText()).toContain('seed 42');
    await settled(page);

    await page.locator('[data-control="reset-all"]').click();
    await expect.poll(() => value(page, profit), { timeout: 30_000 }).toBe(defaults.summary.cumulativeProfit);
    await settled(page);
    expect(await seed.inputValue()).toBe('1');
    expect(await page.locator('[data-side="a"] [data-changed]').count()).toBe(0);
    expect(await page.locator('[data-side="a"] [data-param="discount.enabled"] [role="switch"]').isChecked()).toBe(false);
    await opened.close();
  });

  it('moves the cursor of the charts and the numbers with the week scrubber, step and play', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    const root = page.locator('[data-sandbox]');
    const scrubber = page.locator('#sandbox-week');
    expect(await root.getAttribute('data-cursor-week')).toBe(String(defaults.weeks - 1));

    await scrubber.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => root.getAttribute('data-cursor-week')).toBe('0');
    await settled(page);
    expect(await page.locator('#sandbox-summary-heading').innerText()).toBe(t('sandbox.summary.headingOne'));
    expect(await value(page, '[data-metric="customers"]')).toBe(defaults.series.customers[0]);
    expect(await value(page, profit)).toBe(defaults.series.cumulativeProfit[0]);

    for (let press = 0; press < 10; press++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => root.getAttribute('data-cursor-week')).toBe('10');
    await settled(page);
    expect(await value(page, profit)).toBe(defaults.series.cumulativeProfit[10]);
    expect(await page.locator('output[for="sandbox-week"]').innerText()).toBe(t('sandbox.controls.weekOf', { week: 11, weeks: 156 }));

    await page.locator('[data-control="step"]').click();
    await expect.poll(() => root.getAttribute('data-cursor-week')).toBe('11');

    await page.locator('[data-control="play"]').click();
    await expect.poll(async () => Number(await root.getAttribute('data-cursor-week')), { timeout: 10_000 }).toBeGreaterThan(14);
    await page.locator('[data-control="play"]').click();
    const paused = await root.getAttribute('data-cursor-week');
    await page.waitForTimeout(400);
    expect(await root.getAttribute('data-cursor-week')).toBe(paused);

    await page.locator('[data-control="rewind"]').click();
    await expect.poll(() => root.getAttribute('data-cursor-week')).toBe('0');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('shows the progress of a large run and cancels it, keeping the last numbers', async () => {
    const opened = await openSandbox();
    const { page } = opened;
    await page.locator('[data-sandbox] details.size > summary').click();
    const people = page.locator('#sandbox-people');
    await people.fill('1000000');
    await people.press('Enter');
    const weeks = page.locator('#sandbox-weeks');
    await weeks.fill('1040');
    await weeks.press('Enter');
    // A million people for twenty years takes long on any device: the page asks first.
    await page.waitForSelector('[data-sandbox][data-status="asking"]');
    expect(await page.locator('[data-run-status="asking"]').innerText()).toContain('seconds on this device');
    await page.getByRole('button', { name: t('sandbox.status.approve') }).click();
    await page.waitForSelector('progress');
    await expect.poll(async () => Number(await page.getAttribute('[data-weeks-done]', 'data-weeks-done')), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.locator('[data-control="cancel"]').click();
    await page.waitForSelector('[data-sandbox][data-status="cancelled"]');
    expect(await page.getByText(t('sandbox.status.cancelled')).isVisible()).toBe(true);
    expect(await value(page, profit)).toBe(defaults.summary.cumulativeProfit);

    // Back to the default size: the default run is on screen again, computed afresh.
    await people.fill('10000');
    await people.press('Enter');
    await weeks.fill('156');
    await weeks.press('Enter');
    await settled(page);
    expect(await value(page, profit)).toBe(defaults.summary.cumulativeProfit);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('fits a phone: parameters behind a button, A and B behind a switch, no sideways scrolling', async () => {
    const opened = await openSandbox({ viewport: { width: 360, height: 740 } });
    const { page } = opened;
    const params = page.locator('#sandbox-params');
    expect(await params.isVisible()).toBe(false);
    await page.getByRole('button', { name: t('sandbox.params.show') }).click();
    expect(await params.isVisible()).toBe(true);

    await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
    await settled(page);
    expect(await page.locator('[data-side="b"]').isVisible()).toBe(true);
    expect(await page.locator('[data-side="a"]').isVisible()).toBe(false);
    await page.locator('.side-switch button', { hasText: 'A' }).first().click();
    expect(await page.locator('[data-side="a"]').isVisible()).toBe(true);
    expect(await page.locator('[data-side="b"]').isVisible()).toBe(false);

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await opened.close();
  });

  it('meets axe with compare mode on, every group open, help shown and a refusal on screen', async () => {
    for (const viewport of [{ width: 1366, height: 850 }, { width: 360, height: 740 }]) {
      const opened = await openSandbox({ viewport });
      const { page } = opened;
      if (viewport.width < 768) await page.getByRole('button', { name: t('sandbox.params.show') }).click();
      await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
      await settled(page);
      await page.locator('[data-sandbox] details.size > summary').click();
      for (const group of groups) await openGroup(page, group.id, 'b');
      await page.locator('[data-side="b"] [data-param="club.enabled"] [role="switch"]').check();
      await page.locator('[data-side="b"] [data-param="purchases.basket"] button[aria-expanded]').click();
      await page.locator('#b-purchases-basket-field').fill('lots');
      await settled(page);
      await injectAxe(page);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const results = await axe.run(document, { resultTypes: ['violations'] });
        return results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => ({ id: violation.id, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }));
      });
      expect({ viewport, violations }).toEqual({ viewport, violations: [] });
      await opened.close();
    }
  });
});
