/**
 * The same numbers in every engine: Chromium (V8), Firefox ESR (SpiderMonkey) and WebKit
 * (JavaScriptCore) compute the core to exactly the bits Node does, although engines give different
 * last bits for Math.exp, Math.log, Math.pow and Math.cos (the core uses its own, src/sim/math).
 * The core is bundled by Vite into a blank page of each engine and run in its main thread; its
 * fingerprints (test/support/fingerprints.ts) must equal Node's: the elementary functions on their
 * fixed arguments, the classroom run, and runs on random parameter sets of the whole schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultParams, simulate, type RunConfig } from '../../src/sim/index.ts';
import { arbitraryParams } from '../support/arbitraryParams.ts';
import { bundleForPage } from '../support/bundleForPage.ts';
import { mathFingerprints, runFingerprint } from '../support/fingerprints.ts';
import { ENGINES, suitePage } from '../support/enginePages.ts';

const ENTRY = new URL('../support/enginesEntry.ts', import.meta.url).pathname;

/** The configuration as the page receives it (JSON has no −0, so Node gets the same). */
function asSent(config: RunConfig): RunConfig {
  return JSON.parse(JSON.stringify(config)) as RunConfig;
}

describe.each(ENGINES)('%s and Node', (engine) => {
  const page = suitePage(engine);

  beforeAll(async () => {
    await page().goto('about:blank');
    await page().addScript(await bundleForPage(ENTRY, 'RetentionLabCore'));
  }, 120_000);

  const fingerprintIn = (config: RunConfig) =>
    page().evaluate(`RetentionLabCore.runFingerprint(RetentionLabCore.simulate(${JSON.stringify(config)}))`);

  it('runs in that engine', async () => {
    const agent = String(await page().evaluate('navigator.userAgent'));
    if (engine === 'Chromium') expect(agent).toMatch(/Chrome\//);
    else if (engine === 'Firefox') expect(agent).toMatch(/Firefox\//);
    else expect(agent).toMatch(/AppleWebKit\/(?!.*Chrome\/)/);
  });

  it('compute the core’s exp (both precisions), log, pow and cosine to the same bits', async () => {
    expect(await page().evaluate('RetentionLabCore.mathFingerprints()')).toEqual(mathFingerprints());
  });

  it('give the same classroom run, every series, summary and cohort number to the bit', async () => {
    const config = asSent({ seed: 1, weeks: 156, people: 10_000, params: defaultParams() });
    expect(await fingerprintIn(config)).toBe(runFingerprint(simulate(config)));
  }, 60_000);

  it('give the same runs to the bit on random parameter sets of the whole schema', async () => {
    const parameterSets = fc.sample(arbitraryParams, { seed: 20261124, numRuns: 8 });
    const mismatches: number[] = [];
    for (const [index, params] of parameterSets.entries()) {
      const config = asSent({ seed: index + 1, weeks: 104, people: 1500, params });
      if ((await fingerprintIn(config)) !== runFingerprint(simulate(config))) mismatches.push(index);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
