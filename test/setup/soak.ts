/**
 * An hour of use in Chromium, on a production build, to see that memory stays bounded: one page,
 * never reloaded, used by the app's own controls and links in a loop — the sandbox's re-runs,
 * compare mode and spreads across seeds, then a scenario played from its card to its debrief and
 * opened in the sandbox, then back and forward — until the time is up. The JavaScript heap is read
 * after a forced garbage collection at the end of every round; it rises and falls with what the
 * page holds at that moment (the last spread's runs, say). Every few minutes the script prints the
 * lowest and highest of those readings since the last line, the workers alive, the elements in
 * the document and the event listeners. At the end it says whether the highest reading of the
 * last quarter of the time stayed within a quarter (plus 2 MB) of the highest of the warm-up, and
 * lists any page error.
 *
 * Usage: `npm run soak [-- --minutes N]` (default 60; the first tenth, and at least ten rounds, is
 * the warm-up; a few minutes are needed for a verdict).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';
import { launchChromium } from './chromium.ts';
import { buildApp, serveBuild } from './serveBuild.ts';
import { domCounts, heapAfterGc, playAScenario, sandboxDone, useTheSandbox, workerCount } from '../support/sessionUse.ts';

const minutesAt = process.argv.indexOf('--minutes');
const minutes = minutesAt > 0 ? Number(process.argv[minutesAt + 1]) : 60;
if (!(minutes > 0)) throw new Error('--minutes must be a positive number');
const REPORT_EVERY_MS = Math.min(5, minutes / 6) * 60_000;
const WARM_UP_ROUNDS = 10;

const root = resolve(import.meta.dirname, '../..');
const read = readScenarios();
if (!read.ok) throw new Error('the scenarios do not read');
const scenarioIds = read.value.map((scenario) => scenario.id);

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);
const outDir = await mkdtemp(join(tmpdir(), 'retention-lab-soak-'));
try {
  await buildApp(root, outDir);
  const served = await serveBuild(root, outDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${served.url}?view=sandbox`);
    await sandboxDone(page);
    await page.locator('#spread-count').fill('3');
    await page.locator('#spread-count').press('Enter');

    const start = Date.now();
    const warmUpEnds = start + (minutes * 60_000) / 10;
    const ends = start + minutes * 60_000;
    const lateFrom = start + minutes * 60_000 * 0.75;
    let nextReport = start;
    let rounds = 0;
    let warmUpHighest = 0;
    let lateHighest = 0;
    let sinceReport: number[] = [];
    console.log(
      '| minutes | rounds | heap after GC, lowest–highest (MB) | workers | elements | listeners |\n| ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    while (Date.now() < ends || rounds === 0) {
      // A round: the sandbox with its purchases group open, a scenario, back and forward.
      await page.locator('[data-side="a"] [data-group="purchases"] summary').first().click();
      await useTheSandbox(page);
      await playAScenario(page, scenarioIds[rounds % scenarioIds.length]);
      await page.goBack();
      await page.goForward();
      await sandboxDone(page);
      rounds += 1;
      const heap = await heapAfterGc(cdp);
      sinceReport.push(heap);
      // The warm-up is the first tenth of the time, and at least WARM_UP_ROUNDS rounds: the heap
      // swings with what a round leaves held, so one reading says little.
      if (Date.now() < warmUpEnds || rounds <= WARM_UP_ROUNDS) warmUpHighest = Math.max(warmUpHighest, heap);
      else if (Date.now() >= lateFrom) lateHighest = Math.max(lateHighest, heap);
      if (Date.now() >= nextReport || Date.now() >= ends) {
        const { nodes, listeners } = await domCounts(cdp);
        const elapsed = ((Date.now() - start) / 60_000).toFixed(1);
        const range = `${megabytes(Math.min(...sinceReport))}–${megabytes(Math.max(...sinceReport))}`;
        console.log(`| ${elapsed} | ${rounds} | ${range} | ${await workerCount(page)} | ${nodes} | ${listeners} |`);
        sinceReport = [];
        nextReport = Date.now() + REPORT_EVERY_MS;
      }
    }
    const bound = warmUpHighest * 1.25 + 2_000_000;
    const verdict =
      lateHighest === 0
        ? `too short to judge: no round after the warm-up of ${WARM_UP_ROUNDS} fell in the last quarter`
        : `${lateHighest <= bound ? 'bounded' : 'GROWING'} (bound ${megabytes(bound)} MB)`;
    console.log(
      `\n${rounds} rounds in ${minutes} minutes. Highest heap in the warm-up ${megabytes(warmUpHighest)} MB, in the last ` +
        `quarter ${megabytes(lateHighest)} MB: ${verdict}. Page errors: ${pageErrors.length ? pageErrors.join('; ') : 'none'}.`,
    );
    if (lateHighest > bound || pageErrors.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await served.close();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
