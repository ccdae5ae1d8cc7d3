/**
 * The same numbers in every engine: Chromium's V8 computes the core to exactly the bits Node's
 * does, although the two give different last bits for Math.exp, Math.log, Math.pow and Math.cos
 * (the core uses its own, src/sim/math). The core is bundled by Vite into a blank page and run in
 * Chromium's main thread; its fingerprints (test/support/fingerprints.ts) must equal Node's: the
 * elementary functions on their fixed arguments, the classroom run, and runs on random parameter
 * sets of the whole schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { defaultParams, simulate, type RunConfig } from '../../src/sim/index.ts';
import { arbitraryParams } from '../support/arbitraryParams.ts';
import { bundleForPage } from '../support/bundleForPage.ts';
import { mathFingerprints, runFingerprint } from '../support/fingerprints.ts';
import { launchChromium } from '../setup/chromium.ts';

const ENTRY = new URL('../support/enginesEntry.ts', import.meta.url).pathname;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const script = await bundleForPage(ENTRY, 'RetentionLabCore');
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: script });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The configuration as the page receives it (JSON has no −0, so Node gets the same). */
function asSent(config: RunConfig): RunConfig {
  return JSON.parse(JSON.stringify(config)) as RunConfig;
}

function fingerprintInChromium(config: RunConfig): Promise<string> {
  return page.evaluate(`RetentionLabCore.runFingerprint(RetentionLabCore.simulate(${JSON.stringify(config)}))`);
}

describe('Chromium and Node', () => {
  it('compute the core’s exp (both precisions), log, pow and cosine to the same bits', async () => {
    const inChromium = await page.evaluate('RetentionLabCore.mathFingerprints()');
    expect(inChromium).toEqual(mathFingerprints());
  });

  it('give the same classroom run, every series, summary and cohort number to the bit', async () => {
    const config = asSent({ seed: 1, weeks: 156, people: 10_000, params: defaultParams() });
    expect(await fingerprintInChromium(config)).toBe(runFingerprint(simulate(config)));
  });

  it('give the same runs to the bit on random parameter sets of the whole schema', async () => {
    const parameterSets = fc.sample(arbitraryParams, { seed: 20261124, numRuns: 8 });
    const mismatches: number[] = [];
    for (const [index, params] of parameterSets.entries()) {
      const config = asSent({ seed: index + 1, weeks: 104, people: 1500, params });
      if ((await fingerprintInChromium(config)) !== runFingerprint(simulate(config))) mismatches.push(index);
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
