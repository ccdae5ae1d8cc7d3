/**
 * Relationships that grow, in Chromium on the production build: the sandbox shows the tenure chart
 * (profit per customer by year of tenure); picking "As Reichheld describes" in the group's preset
 * choice re-runs the model with that preset's values, after which the chart's data table shows
 * profit per customer-year in year 5+ well above year 1's, and the address holds the values
 * themselves (never the preset's name). Moving one of the group's sliders then shows "Custom"; the
 * keys of radio buttons pick a preset again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The tenure chart's totals by tenure year ("1" … "5+"), in dollars, read from its data table. */
async function tenureTotals(page: Page): Promise<Record<string, number>> {
  const card = page.locator('[data-chart="tenure"]');
  const disclosure = card.locator('details');
  if ((await disclosure.getAttribute('open')) === null) await disclosure.locator('summary').click();
  return card.locator('table').evaluate((table) => {
    const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim());
    const column = headers.indexOf('Total');
    const totals: Record<string, number> = {};
    for (const row of table.querySelectorAll('tbody tr')) {
      const cells = [...row.children].map((cell) => cell.textContent?.trim() ?? '');
      totals[cells[0]] = Number(cells[column].replace(/[$,]/g, ''));
    }
    return totals;
  });
}

describe('relationships that grow in the sandbox', () => {
  it('show Reichheld’s exhibit rising once "As Reichheld describes" is picked, with the values in the address', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    const before = await tenureTotals(page);
    expect(Object.keys(before)).toEqual(['1', '2', '3', '4', '5+']);

    const group = page.locator('[data-side="a"] [data-group="relationship"]');
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    const presets = group.getByRole('group', { name: new RegExp(`^${t('sandbox.preset.legend')}`) });
    await expect.poll(() => presets.getAttribute('data-preset')).toBe('evidence');
    await presets.getByRole('radio', { name: t('sandbox.preset.reichheld') }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('relationship.spendGrowth'), { timeout: 10_000 }).toBe('2');
    await waitForRun(page);
    await expect.poll(async () => (await tenureTotals(page))['5+'], { timeout: 10_000 }).toBeGreaterThan(before['5+'] * 1.5);
    const after = await tenureTotals(page);
    expect(after['5+']).toBeGreaterThan(1.5 * after['1']);
    const query = new URL(page.url()).searchParams;
    expect(query.get('relationship.pricePremium')).toBe('0.2');
    expect(query.get('relationship.forgiveness')).toBe('1');
    expect(page.url()).not.toMatch(/preset|reichheld/i);

    // A slider of the group moved off the preset: the choice says "Custom".
    await group.locator('#a-relationship-spendGrowth-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => presets.getAttribute('data-preset')).toBe('custom');
    expect(await presets.getByRole('radio', { name: t('sandbox.preset.custom') }).isChecked()).toBe(true);

    // By keyboard, as radio buttons: Space picks the focused preset, an arrow key the next one.
    await presets.getByRole('radio', { name: t('sandbox.preset.evidence') }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => presets.getAttribute('data-preset')).toBe('evidence');
    await expect.poll(() => new URL(page.url()).searchParams.has('relationship.spendGrowth')).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presets.getAttribute('data-preset')).toBe('reichheld');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
