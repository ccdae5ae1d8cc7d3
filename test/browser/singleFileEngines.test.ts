/**
 * The single file (`npm run build:single`) opened from disk in Firefox ESR and WebKit, as in
 * Chromium (singleFile.test.ts): it runs the sandbox on its own workers to the very numbers Node
 * computes, draws its charts, shows the model's documentation at `?view=model` and goes home
 * without leaving the file, with no error and no refusal by its own Content-Security-Policy. The
 * page opened is a copy of the built file with the recorder before its policy (test/support/
 * pageRecorder.ts), since these engines' drivers report no page errors.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/app/i18n/t.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { SINGLE_FILE_NAME } from '../../src/build/singleFile.ts';
import { simulate } from '../../src/sim/index.ts';
import { openEnginePage, problemsIn, suitePage, waitForSelector, waitUntil } from '../support/enginePages.ts';
import { withRecorder } from '../support/pageRecorder.ts';
import { buildApp } from '../setup/serveBuild.ts';
import { paintedShareExpression } from './paint.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let outDir: string;
let fileUrl: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'retention-lab-single-engines-'));
  await buildApp(root, outDir, true, 'single');
  const recorded = join(outDir, `recorded-${SINGLE_FILE_NAME}`);
  await writeFile(recorded, withRecorder(await readFile(join(outDir, SINGLE_FILE_NAME), 'utf8')));
  fileUrl = pathToFileURL(recorded).href;
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe.each(['Firefox', 'WebKit'] as const)('the single file in %s', (engine) => {
  const page = suitePage(engine, { noProblems: true });

  it('runs the sandbox from disk to Node’s very numbers, and draws its charts', async () => {
    await page().goto(`${fileUrl}?view=sandbox`);
    await waitForSelector(page(), '[data-sandbox][data-status="done"]', 90_000);
    const node = simulate(defaultRunConfig()).summary;
    for (const metric of ['customers', 'cumulativeProfit', 'retentionAnnual', 'valuePerCustomer'] as const) {
      expect(Number(await page().evaluate(`document.querySelector('[data-metric="${metric}"]').getAttribute('data-value')`)), metric).toBe(node[metric]);
    }
    for (const chart of ['profit', 'market']) {
      await waitUntil(page(), `${paintedShareExpression(chart)} > 0.02`, `the ${chart} chart painted`, 15_000);
    }
  }, 120_000);

  it('shows the model’s documentation at ?view=model, and goes home without leaving the file', async () => {
    await page().goto(`${fileUrl}?view=model`);
    await waitForSelector(page(), 'article h1', 30_000);
    expect(await page().evaluate(`document.querySelector('h1').textContent.trim()`)).toBe('The Retention Lab model');
    expect(await page().evaluate('document.title')).toBe(t('page.model.title'));
    const home = 'nav li:first-child a';
    expect(await page().evaluate(`document.querySelector('${home}').textContent.trim()`)).toBe(t('nav.home'));
    await page().click(home);
    await waitForSelector(page(), 'main[data-view="home"] h1', 30_000);
    expect(await page().evaluate('location.href')).toBe(fileUrl);
  }, 60_000);
});
