/**
 * Hostile addresses in Firefox ESR and WebKit, as in Chromium (address.test.ts): a crafted link
 * opens the sandbox with its valid part applied and a notice quoting what was ignored, running no
 * script; and fuzzed addresses (the same sample Chromium opens) each open a page with its heading,
 * no error, no dialog and no script run. Pages come from the build copy that records its own
 * errors (test/support/pageRecorder.ts), as these engines' drivers report none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/app/i18n/t.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { simulate } from '../../src/sim/index.ts';
import { problemsIn, suitePage, waitForSelector } from '../support/enginePages.ts';
import { CRAFTED_LINK, FUZZ_SEED, hostileSearches } from '../support/links.ts';
import { params } from '../support/runs.ts';
import { recordedAppUrl } from './harness.ts';

/**
 * Fewer than Chromium's 200: here every fuzzed run starts in the page's workers (Chromium's test
 * refuses the worker script, which these drivers cannot), and each address costs a full load.
 */
const FUZZED = 80;
const HACKED = `window.hacked === undefined`;

describe.each(['Firefox', 'WebKit'] as const)('the address in %s', (engine) => {
  const page = suitePage(engine);

  it('opens a crafted link with its valid part applied and a notice of the rest, running no script', async () => {
    await page().goto(recordedAppUrl(CRAFTED_LINK.search));
    await waitForSelector(page(), '[data-sandbox][data-status="done"]', 90_000);
    const notice = (await page().evaluate(
      `Array.from(document.querySelectorAll('[role="status"]'), (element) => element.textContent).find((text) => text.includes('Ignored in the address')) ?? ''`,
    )) as string;
    for (const ignored of CRAFTED_LINK.ignoredShown) expect(notice).toContain(ignored);
    expect(await page().evaluate(HACKED)).toBe(true);
    expect(await page().evaluate(`document.querySelectorAll('.notes img, .notes script').length`)).toBe(0);
    const expected = simulate({ ...defaultRunConfig(), params: params(CRAFTED_LINK.valid) }).summary.cumulativeProfit;
    expect(Number(await page().evaluate(`document.querySelector('[data-metric="cumulativeProfit"]').getAttribute('data-value')`))).toBe(expected);
    await page().click(`.notes button[aria-label="${t('notes.dismissLabel')}"]`);
    expect(await page().evaluate(`document.querySelectorAll('.notes').length`)).toBe(0);
    expect(await problemsIn(page())).toEqual([]);
  }, 120_000);

  it(`opens ${FUZZED} fuzzed addresses without a page error, a dialog, a script run or a blank page`, async () => {
    const searches = fc.sample(hostileSearches, { numRuns: FUZZED, seed: FUZZ_SEED });
    for (const search of searches) {
      await page().goto(recordedAppUrl(`?view=sandbox&${search.slice(1)}`));
      await waitForSelector(page(), '[data-sandbox]', 15_000);
      expect(await page().evaluate(`document.querySelectorAll('h1').length`), search).toBeGreaterThan(0);
      expect(await page().evaluate(HACKED), search).toBe(true);
      expect(await problemsIn(page()), search).toEqual([]);
    }
  }, 600_000);
});
