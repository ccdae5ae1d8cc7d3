/**
 * The sandbox's saved set-ups in Chromium on the production build: a changed set-up saved under a
 * name is listed after the page is opened again, and opening it brings its numbers and address
 * back; it can be renamed; "Export all" downloads a tagged JSON file of every set-up; after every
 * set-up is deleted (one brought back by Undo on the way), importing that file brings them back,
 * and a broken file is refused with its reason while the list stays as it was. axe finds nothing
 * serious with the section open, at a laptop's width and a phone's, where nothing scrolls sideways;
 * print leaves the section out. Storage that is unavailable or full is said.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { paramDefs } from '../../src/sim/params/schema.ts';
import { FILE_FORMAT, FILE_NAME } from '../../src/app/saved/savedFile.ts';
import { launchChromium } from '../setup/chromium.ts';
import { seriousViolations } from './axe.ts';
import { appUrl, metricValue, openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const profit = (page: Page) => metricValue(page, 'cumulativeProfit');

async function openSection(page: Page): Promise<Locator> {
  const section = page.locator('[data-saved-setups]');
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  return section;
}

const names = (section: Locator) => section.locator('[data-saved-name]').allInnerTexts();
const statusOf = (section: Locator) => section.locator('[role="status"]').innerText();
const alertOf = (section: Locator) => section.locator('[role="alert"]').innerText();

async function save(section: Locator, name: string): Promise<void> {
  const field = section.getByLabel(t('saved.name'));
  await field.fill(name);
  await field.press('Enter');
  await expect.poll(() => statusOf(section)).toBe(t('saved.done.saved', { name }));
}

async function chooseFile(page: Page, section: Locator, file: { name: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), section.getByRole('button', { name: t('saved.import') }).click()]);
  await chooser.setFiles({ ...file, mimeType: 'application/json' });
}

/** A basket half as large again as the default: a set-up that differs from the defaults in one number. */
const biggerBasket = Math.round(paramDefs['purchases.basket'].default * 1.5);

describe('saved set-ups', () => {
  it('are saved, listed after reopening, opened, renamed, exported, deleted, imported, and broken files refused', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    const defaultProfit = await profit(page);

    // A changed set-up: baskets half as large again as the default.
    await page.locator('[data-side="a"] [data-group="purchases"] summary').click();
    await page.locator('#a-purchases-basket-field').fill(String(biggerBasket));
    await page.locator('#a-purchases-basket-field').press('Tab');
    await expect.poll(() => profit(page), { timeout: 30_000 }).not.toBe(defaultProfit);
    await waitForRun(page);
    const changedProfit = await profit(page);

    let section = await openSection(page);
    await save(section, 'Bigger baskets');
    expect(await names(section)).toEqual(['Bigger baskets']);

    // Opened again at the defaults, the page lists it; Open brings its numbers and address back.
    await page.goto(appUrl('?view=sandbox'));
    await waitForRun(page);
    expect(await profit(page)).toBe(defaultProfit);
    expect(await page.locator('[data-saved-setups] summary').innerText()).toBe(t('saved.headingCount', { count: 1 }));
    section = await openSection(page);
    expect(await names(section)).toEqual(['Bigger baskets']);
    await save(section, 'Defaults');
    expect(await names(section)).toEqual(['Defaults', 'Bigger baskets']);
    await section.getByRole('button', { name: t('saved.openNamed', { name: 'Bigger baskets' }) }).click();
    await expect.poll(() => profit(page), { timeout: 30_000 }).toBe(changedProfit);
    await waitForRun(page);
    expect(new URL(page.url()).searchParams.get('purchases.basket')).toBe(String(biggerBasket));
    expect(await statusOf(section)).toBe(t('saved.done.opened', { name: 'Bigger baskets' }));

    // Rename: the field takes the focus; Escape cancels, Enter keeps.
    const renameButton = section.getByRole('button', { name: t('saved.renameNamed', { name: 'Bigger baskets' }) });
    await renameButton.click();
    const renameField = section.getByLabel(t('saved.renameField', { name: 'Bigger baskets' }));
    await renameField.fill('Never kept');
    await renameField.press('Escape');
    expect(await names(section)).toEqual(['Defaults', 'Bigger baskets']);
    await renameButton.click();
    await renameField.fill(`Baskets of ${biggerBasket}`);
    await renameField.press('Enter');
    await expect.poll(() => names(section)).toEqual(['Defaults', `Baskets of ${biggerBasket}`]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t('saved.renameNamed', { name: `Baskets of ${biggerBasket}` }));

    // No serious accessibility problem with the section open and filled.
    expect(await seriousViolations(page)).toEqual([]);

    // Export all.
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: t('saved.export') }).click()]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const exported = await readFile(await download.path());
    const file = JSON.parse(exported.toString('utf8'));
    expect(file).toMatchObject({ format: FILE_FORMAT, version: 1 });
    expect(file.items.map((item: { name: string }) => item.name)).toEqual(['Defaults', `Baskets of ${biggerBasket}`]);
    expect(file.items[1].link).toContain(`purchases.basket=${biggerBasket}`);

    // Delete: Undo brings one back; then both go.
    await section.getByRole('button', { name: t('saved.deleteNamed', { name: 'Defaults' }) }).click();
    expect(await names(section)).toEqual([`Baskets of ${biggerBasket}`]);
    const undo = section.getByRole('button', { name: t('saved.undoNamed', { name: 'Defaults' }) });
    expect(await undo.evaluate((element) => element === document.activeElement)).toBe(true);
    await undo.click();
    await expect.poll(() => names(section)).toEqual(['Defaults', `Baskets of ${biggerBasket}`]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t('saved.openNamed', { name: 'Defaults' }));
    for (const name of ['Defaults', `Baskets of ${biggerBasket}`]) await section.getByRole('button', { name: t('saved.deleteNamed', { name }) }).click();
    expect(await names(section)).toEqual([]);

    // Import the exported file: both are back.
    await chooseFile(page, section, { name: FILE_NAME, buffer: exported });
    await expect.poll(() => names(section)).toEqual(['Defaults', `Baskets of ${biggerBasket}`]);
    expect(await statusOf(section)).toContain(t('saved.import.summary', { file: FILE_NAME, added: 2, skipped: 0, refused: 0 }));

    // A broken file: the reason, and the list untouched.
    await chooseFile(page, section, { name: 'broken.json', buffer: Buffer.from('{"format": "retention-lab-saved-setups", "items": [') });
    await expect.poll(() => alertOf(section)).toContain('Nothing was imported from “broken.json”: it is not JSON');
    expect(await names(section)).toEqual(['Defaults', `Baskets of ${biggerBasket}`]);
    await page.reload();
    await waitForRun(page);
    expect(await names(await openSection(page))).toEqual(['Defaults', `Baskets of ${biggerBasket}`]);

    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    await opened.close();
  });

  it('fit a phone with the section open, meet axe there, and are left out of print', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce', viewport: { width: 360, height: 740 } });
    const { page } = opened;
    await waitForRun(page);
    const section = await openSection(page);
    await save(section, 'A long name: the bonus bank whose points burn after 26 weeks, premium class');
    await section.getByRole('button', { name: t('saved.rename') }).first().click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await section.getByRole('textbox').last().press('Escape');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await section.isVisible()).toBe(false);
    await opened.close();
  });

  it('says when the browser gives the page no storage', async () => {
    const opened = await openView(browser, 'sandbox', {
      reducedMotion: 'reduce',
      prepare: (page) =>
        page.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }),
    });
    const { page } = opened;
    await waitForRun(page);
    expect(await page.locator('[data-saved-setups] summary').innerText()).toBe(t('saved.headingUnavailable'));
    const section = await openSection(page);
    expect(await alertOf(section)).toContain('does not let the page keep anything (SecurityError: The operation is insecure.)');
    expect(await section.getByRole('button', { name: t('saved.save') }).isDisabled()).toBe(true);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('says when the storage is full, and keeps what was saved', async () => {
    const opened = await openView(browser, 'sandbox', { reducedMotion: 'reduce' });
    const { page } = opened;
    await waitForRun(page);
    const section = await openSection(page);
    await save(section, 'Kept');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await section.getByLabel(t('saved.name')).fill('One too many');
    await section.getByRole('button', { name: t('saved.save') }).click();
    await expect.poll(() => alertOf(section)).toBe(t('saved.error.quota'));
    expect(await names(section)).toEqual(['Kept']);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
