/**
 * Screenshots of the built app's views (home, sandbox, model) at a laptop's, a phone's and a
 * projector's size, of the sandbox's loading and error states, of a spread across seeds in
 * compare mode (bonus bank in B), of the saved set-ups open with two saved and a file imported,
 * of the tenure chart with "As Reichheld describes" picked (alone, and against the evidence in
 * compare mode) and of the preset choice reading "Custom" after a slider moved,
 * and of a scenario (story, step, debrief, classroom mode), for looking at the layout by eye.
 * Usage: `npm run screenshots [-- <folder>]` (default:
 * /tmp/retention-lab-screens); SCREENSHOT_QUERY adds to every address of a view (e.g.
 * "&workers=2"); SCREENSHOT_ONLY=<prefix> takes only the shots whose name starts so. Prints how
 * long the sandbox's run took, as the page measured it (milliseconds).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from './chromium.ts';
import { buildApp, serveBuild } from './serveBuild.ts';

type Moment = 'done' | 'loading' | 'error' | 'spread' | 'saved' | 'tenure' | 'tenureCompare';
type View = 'home' | 'sandbox' | 'model' | 'scenario';

const sizes = [
  { size: 'laptop-1366x850', width: 1366, height: 850 },
  { size: 'phone-360x740', width: 360, height: 740 },
  { size: 'projector-1920x1080', width: 1920, height: 1080 },
];

const shots: { name: string; view: View; width: number; height: number; moment: Moment }[] = [
  ...(['home', 'sandbox', 'model'] as const).flatMap((view) =>
    sizes.map(({ size, width, height }) => ({ name: `${view}-${size}`, view, width, height, moment: 'done' as const })),
  ),
  { name: 'sandbox-loading-1366x850', view: 'sandbox', width: 1366, height: 850, moment: 'loading' },
  { name: 'sandbox-error-360x740', view: 'sandbox', width: 360, height: 740, moment: 'error' },
  { name: 'sandbox-spread-1366x850', view: 'sandbox', width: 1366, height: 850, moment: 'spread' },
  { name: 'sandbox-spread-360x740', view: 'sandbox', width: 360, height: 740, moment: 'spread' },
  { name: 'sandbox-saved-1366x850', view: 'sandbox', width: 1366, height: 850, moment: 'saved' },
  { name: 'sandbox-saved-360x740', view: 'sandbox', width: 360, height: 740, moment: 'saved' },
  { name: 'sandbox-tenure-1366x850', view: 'sandbox', width: 1366, height: 850, moment: 'tenure' },
  { name: 'sandbox-tenure-360x740', view: 'sandbox', width: 360, height: 740, moment: 'tenure' },
  { name: 'sandbox-tenure-compare-1366x850', view: 'sandbox', width: 1366, height: 850, moment: 'tenureCompare' },
  { name: 'sandbox-tenure-compare-360x740', view: 'sandbox', width: 360, height: 740, moment: 'tenureCompare' },
];

/**
 * "As Reichheld describes" picked in the relationship group (of B in compare mode, where A keeps
 * the evidence's values), and the tenure chart scrolled into view with its data table open.
 */
async function tenurePreset(page: Page, compare: boolean): Promise<void> {
  const toggle = page.locator('.params-toggle');
  const phone = await toggle.isVisible();
  if (phone) await toggle.click();
  if (compare) await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
  const side = compare ? 'b' : 'a';
  if (compare && phone) await page.locator('.side-switch button').nth(1).click();
  const group = page.locator(`[data-side="${side}"] [data-group="relationship"]`);
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  await group.getByRole('radio', { name: t('sandbox.preset.reichheld') }).check();
  await page.waitForSelector('[data-status="done"]', { timeout: 30_000 });
  await group.locator('[data-presets]').scrollIntoViewIfNeeded();
}

/** The saved set-ups open, with two saved (one of a long name) and then a file imported: one added, one refused. */
async function savedSetupsOpen(page: Page): Promise<void> {
  const section = page.locator('[data-saved-setups]');
  await section.locator('summary').click();
  for (const name of ['Bonus bank whose points burn after 26 weeks, premium class', 'Discount card']) {
    await section.getByLabel(t('saved.name')).fill(name);
    await section.getByRole('button', { name: t('saved.save') }).click();
  }
  const item = { savedAt: '2026-11-20T09:00:00.000Z', modelVersion: '1.0.0' };
  const file = {
    format: 'retention-lab-saved-setups',
    version: 1,
    items: [
      { ...item, id: 'colleague-1', name: 'A colleague’s club', link: 'club.enabled=on&seed=3' },
      { ...item, id: 'colleague-2', name: 'Margin of 700%', link: 'purchases.grossMargin=7' },
    ],
  };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), section.getByRole('button', { name: t('saved.import') }).click()]);
  await chooser.setFiles({ name: 'from-a-colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await section.locator('[data-saved-status] p').nth(1).waitFor();
  await section.scrollIntoViewIfNeeded();
}

/** Compare mode with a bonus bank in B, and a spread across the default number of seeds. */
async function spreadInCompareMode(page: Page): Promise<void> {
  // On a phone the parameters are in a drawer, opened for the change and closed after it.
  const toggle = page.locator('.params-toggle');
  const drawer = async (open: boolean) => {
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
  };
  await drawer(true);
  await page.getByRole('switch', { name: t('sandbox.compare.switch') }).check();
  const group = page.locator('[data-side="b"] [data-group="bonusBank"]');
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  await page.locator('[data-side="b"] [data-param="bonusBank.enabled"] [role="switch"]').check();
  await page.waitForSelector('[data-status="done"]', { timeout: 30_000 });
  await drawer(false);
  await page.locator('[data-control="run-spread"]').click();
  await page.waitForSelector('[data-spread-status="done"]', { timeout: 120_000 });
  await page.waitForSelector('[data-chart="spread"] canvas');
  await page.locator('[data-spread-status]').scrollIntoViewIfNeeded();
}

/** A scenario at its story, a step, its debrief, and in classroom mode on a projector. */
const scenarioShots: { name: string; query: string; width: number; height: number }[] = [
  ...sizes.slice(0, 2).flatMap(({ size, width, height }) => [
    { name: `scenario-story-${size}`, query: '?scenario=why-retention&step=1', width, height },
    { name: `scenario-step-${size}`, query: '?scenario=why-retention&step=2', width, height },
    { name: `scenario-debrief-${size}`, query: '?scenario=bonus-bank-vs-discount&step=6', width, height },
  ]),
  { name: 'classroom-step-1920x1080', query: '?scenario=why-retention&step=3&present=1', width: 1920, height: 1080 },
  { name: 'classroom-story-1920x1080', query: '?scenario=why-retention&step=1&present=1', width: 1920, height: 1080 },
  { name: 'classroom-step-360x740', query: '?scenario=why-retention&step=3&present=1', width: 360, height: 740 },
];

/** What shows that a view has drawn what it shows. */
const ready: Record<View, string> = {
  home: 'main[data-view="home"] h1',
  sandbox: '[data-status]:not([data-status="running"])',
  model: 'article h1',
  scenario: '[data-scenario][data-status="done"]',
};

async function shoot(browser: Browser, url: string, folder: string, shot: (typeof shots)[number]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // Holding the worker's script keeps the page loading; refusing it makes the run fail.
  if (shot.moment === 'loading') await page.route('**/shard.worker*', () => undefined);
  if (shot.moment === 'error') await page.route('**/shard.worker*', (route) => route.abort());
  await page.goto(`${url}${shot.view === 'home' ? '?' : `?view=${shot.view}`}${process.env.SCREENSHOT_QUERY ?? ''}`);
  if (shot.moment === 'loading') await page.waitForTimeout(500);
  else await page.waitForSelector(ready[shot.view], { timeout: 30_000 });
  if (shot.moment === 'spread') await spreadInCompareMode(page);
  if (shot.moment === 'saved') await savedSetupsOpen(page);
  if (shot.moment === 'tenure' || shot.moment === 'tenureCompare') await tenurePreset(page, shot.moment === 'tenureCompare');
  await page.waitForTimeout(300);
  const runMs = await page.locator('[data-run-ms]').getAttribute('data-run-ms', { timeout: 1000 }).catch(() => null);
  // The model's documentation is tens of thousands of pixels long: its first screen is enough.
  for (const fullPage of shot.view === 'model' ? [false] : [false, true]) {
    const path = join(folder, `${shot.name}${fullPage ? '-full' : ''}.png`);
    await page.screenshot({ path, fullPage });
    if (shot.moment === 'spread' && !fullPage) {
      await page.locator('[data-chart="spread"]').screenshot({ path: join(folder, `${shot.name}-chart.png`) });
    }
    if ((shot.moment === 'tenure' || shot.moment === 'tenureCompare') && !fullPage) {
      const chart = page.locator('[data-chart="tenure"]');
      await chart.locator('details summary').click();
      await chart.screenshot({ path: join(folder, `${shot.name}-chart.png`) });
    }
    if (shot.moment === 'tenure' && !fullPage) {
      // A slider of the group moved off the preset: the choice reads "Custom".
      const group = page.locator('[data-side="a"] [data-group="relationship"]');
      await group.locator('#a-relationship-spendGrowth-slider').focus();
      await page.keyboard.press('ArrowLeft');
      await group.locator('[data-preset="custom"]').waitFor();
      await page.waitForSelector('[data-status="done"]', { timeout: 30_000 });
      await group.locator('[data-presets]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(folder, `${shot.name}-custom.png`) });
    }
    console.log(`${path}${runMs ? `  (run: ${Number(runMs).toFixed(0)} ms)` : ''}`);
  }
  await context.close();
}

async function shootScenario(browser: Browser, url: string, folder: string, shot: (typeof scenarioShots)[number]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${url}${shot.query}`);
  await page.waitForSelector(ready.scenario, { timeout: 30_000 });
  await page.waitForTimeout(400);
  for (const fullPage of [false, true]) {
    const path = join(folder, `${shot.name}${fullPage ? '-full' : ''}.png`);
    await page.screenshot({ path, fullPage });
    console.log(path);
  }
  await context.close();
}

const root = resolve(import.meta.dirname, '../..');
const folder = process.argv[2] ?? join(tmpdir(), 'retention-lab-screens');
const outDir = await mkdtemp(join(tmpdir(), 'retention-lab-build-'));
await mkdir(folder, { recursive: true });
try {
  await buildApp(root, outDir, false);
  const served = await serveBuild(root, outDir);
  const browser = await launchChromium();
  try {
    const only = process.env.SCREENSHOT_ONLY;
    for (const shot of shots) if (!only || shot.name.startsWith(only)) await shoot(browser, served.url, folder, shot);
    for (const shot of scenarioShots) if (!only || shot.name.startsWith(only) || only === 'scenario') await shootScenario(browser, served.url, folder, shot);
  } finally {
    await browser.close();
    await served.close();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
