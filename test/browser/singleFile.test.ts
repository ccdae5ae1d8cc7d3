/**
 * The single file (`npm run build:single`) as someone meets it who was sent it: one page that,
 * opened from disk in Chromium with the network cut off, runs the sandbox on its workers (to the
 * very numbers Node computes), draws its charts, runs an experiment to Node's rows, fits a
 * reader's own file of transactions in its worker and opens the sandbox calibrated on it, and shows
 * the model's documentation at its `?view=` addresses, and carries a teaching session (a lesson plan, the room's show of hands, a learner's check and the room's tally) — asking for nothing but itself, with no error and no refusal by its own
 * Content-Security-Policy, which allows its one inline script and style by hash and nothing
 * inline else.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { resultCode } from '../../src/app/check/resultCode.ts';
import { t } from '../../src/app/i18n/t.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { readLink } from '../../src/app/url/sandboxLink.ts';
import { simulate } from '../../src/sim/index.ts';
import { SINGLE_FILE_NAME } from '../../src/build/singleFile.ts';
import { buildApp } from '../setup/serveBuild.ts';
import { launchChromium } from '../setup/chromium.ts';
import { policyOf, recordViolations, violations } from './cspViolations.ts';
import { paintedShare } from './paint.ts';
import { experimentInNode } from '../support/experimentInNode.ts';
import { CDNOW_FOLDER } from '../support/buyTillYouDie.ts';
import { debriefStep } from '../support/scenarioPages.ts';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';

const CDNOW_RAW = `${CDNOW_FOLDER}CDNOW_sample.txt`;

const root = fileURLToPath(new URL('../..', import.meta.url));
let outDir: string;
let fileUrl: string;
let html: string;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'retention-lab-single-'));
  await buildApp(root, outDir, true, 'single');
  const path = join(outDir, SINGLE_FILE_NAME);
  fileUrl = pathToFileURL(path).href;
  html = await readFile(path, 'utf8');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Addresses a page opened from disk may load without the network: itself and what it makes. */
const local = (url: string) => /^(file|data|blob):/.test(url);

interface OpenFile {
  page: Page;
  /** Every request for anything but the file itself or what it makes (data:, blob:). */
  network: string[];
  errors: string[];
  close: () => Promise<void>;
}

/** Opens the single file from disk, offline, with every request off the disk refused. */
async function openFile(query = ''): Promise<OpenFile> {
  const context = await browser.newContext({ offline: true, serviceWorkers: 'block', reducedMotion: 'reduce', viewport: { width: 1366, height: 850 } });
  const network: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    if (!local(request.url())) network.push(request.url());
  });
  await context.route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort()));
  await recordViolations(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${fileUrl}${query}`);
  return { page, network, errors, close: () => context.close() };
}

describe('the single file', () => {
  it('is the only file the build writes, and names no other file', async () => {
    expect(await readdir(outDir)).toEqual([SINGLE_FILE_NAME]);
    const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
    const references = [...markup.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((found) => found[1]);
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((reference) => !reference.startsWith('data:'))).toEqual([]);
  });

  it('allows its one script and its one style by their hashes, workers from blob:, and nothing from anywhere', () => {
    const policy = policyOf(html);
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([hash(script)]);
    expect(policy.get('style-src')).toEqual([hash(style)]);
    expect(policy.get('worker-src')).toEqual(['blob:']);
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(html).not.toMatch(/unsafe-(inline|eval|hashes)/);
  });

  it('runs the sandbox from disk with the network cut off, workers included, to Node’s very numbers, and draws its charts', async () => {
    const opened = await openFile('?view=sandbox');
    const { page } = opened;
    await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 30_000 });
    const node = simulate(defaultRunConfig()).summary;
    for (const metric of ['customers', 'cumulativeProfit', 'retentionAnnual', 'valuePerCustomer'] as const) {
      expect(Number(await page.getAttribute(`[data-metric="${metric}"]`, 'data-value')), metric).toBe(node[metric]);
    }
    expect(page.workers().map((worker) => worker.url().split(':')[0])).toContain('blob');
    for (const chart of ['profit', 'market']) {
      await expect.poll(() => paintedShare(page, chart), { timeout: 10_000 }).toBeGreaterThan(0.02);
    }
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.network).toEqual([]);
    await opened.close();
  });

  it('runs an experiment from disk on its workers and draws its heatmap, to Node’s very rows', async () => {
    const query = 'compare=on&b.acquisition.spendPerWeek=3000&people=300&weeks=26&sweep=B.acquisition.spendPerWeek=250:4000:3&sweep=purchases.grossMargin=0.2:0.6:2&sweepSeeds=2';
    const opened = await openFile(`?view=experiment&${query}`);
    const { page } = opened;
    await page.locator('[data-control="run"]').click();
    await page.waitForSelector('[data-experiment-view][data-status="done"]', { timeout: 60_000 });
    expect(await page.locator('[data-heatmap] [data-point]').count()).toBe(6);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-control="download-csv"]').click()]);
    expect(await readFile(await download.path(), 'utf8')).toBe((await experimentInNode(query)).csv);
    expect(await violations(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.network).toEqual([]);
    await opened.close();
  });

  it.skipIf(!existsSync(CDNOW_RAW))('takes a reader’s own file from its choice to a calibrated sandbox, fitted in its worker from disk', async () => {
    const opened = await openFile('?view=data');
    const { page } = opened;
    await page.locator('input[type=file]').setInputFiles({ name: 'shop.txt', mimeType: 'text/plain', buffer: await readFile(CDNOW_RAW) });
    await page.waitForSelector('[data-data-view][data-status="failed"]', { timeout: 30_000 });
    await page.getByLabel('Date', { exact: true }).selectOption('3');
    await page.getByLabel('Amount').selectOption('5');
    await page.getByLabel('Calibration ends on').fill('19970930');
    await page.getByRole('button', { name: 'Fit again' }).click();
    await page.waitForSelector('[data-data-view][data-status="done"] [data-chart="fit-weekly"] canvas', { timeout: 60_000 });
    await page.locator('[data-open-sandbox]').click();
    await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 60_000 });
    expect(page.url().startsWith(fileUrl)).toBe(true);
    // BG/NBD fits CDNOW's calibration better: the sandbox's customers drop out as it has them.
    expect(readLink(new URL(page.url()).search).link.a['churn.dropoutEnabled']).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.network).toEqual([]);
    await opened.close();
  });

  it('shows the model’s documentation at ?view=model, and moves between views without leaving the file', async () => {
    const opened = await openFile('?view=model');
    const { page } = opened;
    await page.waitForSelector('article h1');
    expect(await page.locator('h1').innerText()).toBe('The Retention Lab model');
    expect(await page.title()).toBe(t('page.model.title'));
    await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.home'), exact: true }).click();
    await page.waitForSelector('main[data-view="home"] h1');
    expect(page.url()).toBe(fileUrl);
    expect(await violations(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.network).toEqual([]);
    await opened.close();
  });

  it('carries every language: a lang=ru link opens in Russian from disk, and the menu switches it to Hungarian and Romanian', async () => {
    const opened = await openFile('?view=sandbox&lang=ru');
    const { page } = opened;
    await page.waitForSelector('[data-sandbox][data-status="done"]', { timeout: 60_000 });
    expect(await page.locator('nav a', { hasText: 'Песочница' }).count()).toBe(1);
    expect(await page.getByText('Клиенты на старте').count()).toBeGreaterThan(0);
    await page.selectOption('header select', 'hu');
    await page.waitForSelector('text=Ügyfelek induláskor');
    await page.selectOption('header select', 'ro');
    await page.waitForSelector('text=Clienți la început');
    expect(page.url()).toMatch(/^file:.*[?&]lang=ro$/);
    expect(opened.errors).toEqual([]);
    expect(opened.network).toEqual([]);
    await opened.close();
  });

  it('prepares, runs and checks a session from disk: the lesson plan, the room’s show of hands, a learner’s check and the room’s tally', async () => {
    const read = readScenarios();
    if (!read.ok) throw new Error(read.error);
    const refund = read.value.find((scenario) => scenario.id === 'refund-or-fight')!;
    const plan = await openFile('?view=lesson&plan=refund-or-fight&check=1');
    await plan.page.waitForSelector('[data-lesson-plan]');
    expect(Number(await plan.page.getAttribute('[data-lesson]', 'data-lesson'))).toBe(refund.teacher.minutes + 10);
    const debrief = await openFile(`?scenario=refund-or-fight&step=${debriefStep(refund)}&hands=3-14`);
    await debrief.page.waitForSelector('[data-room-summary]', { timeout: 60_000 });
    expect(await debrief.page.getAttribute('[data-room]', 'data-room')).toBe('3');
    await debrief.page.waitForSelector('[data-room-seeds]', { timeout: 60_000 });
    expect(await debrief.page.locator('[data-room-seeds]').allInnerTexts()).toEqual(['10', '0']);
    const check = await openFile('?scenario=refund-or-fight&check=after');
    await check.page.waitForSelector('[data-check-form]');
    const answers = refund.check.map((question) => question.answer);
    for (const [index, answer] of answers.entries()) await check.page.locator('[data-check-form] fieldset').nth(index).locator('label').nth(answer).click();
    await check.page.locator('[data-check-score]').click();
    const code = resultCode(refund.id, 'after', answers);
    expect(await check.page.locator('[data-check-code]').innerText()).toBe(code);
    const room = await openFile(`?scenario=refund-or-fight&check=room&codes=${code}`);
    await room.page.waitForSelector('[data-room-row="learners"]');
    expect(await room.page.locator('[data-room-row="learners"] td').allInnerTexts()).toEqual(['0', '1']);
    for (const opened of [plan, debrief, check, room]) {
      expect(opened.errors).toEqual([]);
      expect(opened.network).toEqual([]);
      await opened.close();
    }
  }, 120_000);
});
