/**
 * Screenshots of the built app at a laptop's, a phone's and a projector's size, and of its
 * loading and error states, for looking at the layout by eye. Usage:
 * `npm run screenshots [-- <folder>]` (default: /tmp/retention-lab-screens). Prints how long the
 * page's run took, as the page measured it (milliseconds).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { buildApp, serveBuild } from './serveBuild.ts';

type Moment = 'done' | 'loading' | 'error';

const shots: { name: string; width: number; height: number; moment: Moment }[] = [
  { name: 'laptop-1366x850', width: 1366, height: 850, moment: 'done' },
  { name: 'phone-360x740', width: 360, height: 740, moment: 'done' },
  { name: 'projector-1920x1080', width: 1920, height: 1080, moment: 'done' },
  { name: 'loading-1366x850', width: 1366, height: 850, moment: 'loading' },
  { name: 'error-360x740', width: 360, height: 740, moment: 'error' },
];

async function shoot(browser: Browser, url: string, folder: string, shot: (typeof shots)[number]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // Holding the worker's script keeps the page loading; refusing it makes the run fail.
  if (shot.moment === 'loading') await page.route('**/shard.worker*', () => undefined);
  if (shot.moment === 'error') await page.route('**/shard.worker*', (route) => route.abort());
  await page.goto(url);
  if (shot.moment === 'loading') await page.waitForTimeout(500);
  else await page.waitForSelector('main[data-status]:not([data-status="running"])', { timeout: 30_000 });
  await page.waitForTimeout(300);
  const runMs = await page.locator('[data-run-ms]').getAttribute('data-run-ms', { timeout: 1000 }).catch(() => null);
  for (const fullPage of [false, true]) {
    const path = join(folder, `${shot.name}${fullPage ? '-full' : ''}.png`);
    await page.screenshot({ path, fullPage });
    console.log(`${path}${runMs ? `  (run: ${Number(runMs).toFixed(0)} ms)` : ''}`);
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
    for (const shot of shots) await shoot(browser, `${served.url}${process.env.SCREENSHOT_QUERY ?? ''}`, folder, shot);
  } finally {
    await browser.close();
    await served.close();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
