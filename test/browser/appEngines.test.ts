/**
 * The app in Firefox ESR and WebKit, clicked through as in Chromium: the home page with its cards,
 * the sandbox's default run with the very numbers Chromium shows, compare mode with B's run as
 * Node computes it, a scenario played from its prediction to its debrief with Node's figures, the
 * demo shop of "Your customers" simulated and fitted to Node's very estimates, CDNOW's customer
 * summary dropped on the page and fitted to them too (where ../shared is present), and every view
 * a learner's check scored with Node's score and result code, and every view
 * fitting a phone's width (in a 360-pixel frame: WebKit's window cannot be that narrow).
 * Pages come from the build copy that records its own errors (test/support/pageRecorder.ts), and
 * every test ends with none recorded. test/support/enginePages.ts drives the engines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CALIBRATION_END, demoShopCsv } from '../../src/analysis/demo/demoShop.ts';
import { fitFile } from '../../src/analysis/fitFile.ts';
import { resultCode } from '../../src/app/check/resultCode.ts';
import { scoreCheck } from '../../src/app/check/score.ts';
import { t } from '../../src/app/i18n/t.ts';
import { defaultRunConfig } from '../../src/app/state/startup.ts';
import { debriefOf } from '../../src/scenarios/debrief.ts';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';
import { variantConfig } from '../../src/scenarios/run.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { clickUntil, openEnginePage, problemsIn, suitePage, waitForSelector, waitUntil } from '../support/enginePages.ts';
import { params } from '../support/runs.ts';
import { PHONE_FRAME_PAGE, PHONE_SIZE } from '../setup/recordedBuild.ts';
import { recordedAppUrl } from './harness.ts';
import { debriefStep } from '../support/scenarioPages.ts';
import { experimentInNode } from '../support/experimentInNode.ts';
import { CDNOW_FOLDER } from '../support/buyTillYouDie.ts';

const CDNOW_SUMMARY = `${CDNOW_FOLDER}cdnow_customers_summary.csv`;

const SANDBOX_DONE = '[data-sandbox][data-status="done"]';
const SCENARIO_DONE = '[data-scenario][data-status="done"]';
/**
 * [name, unformatted value] of every figure the page marks with `attribute` (data-value), in the
 * page's order (pairs, not an object: WebKitWebDriver's JSON does not keep an object's key order).
 */
const valuesOf = (attribute: string) =>
  `Array.from(document.querySelectorAll('[${attribute}][data-value]'), (element) => [element.getAttribute('${attribute}'), element.getAttribute('data-value')])`;
const numberAt = (selector: string) => `Number(document.querySelector(${JSON.stringify(selector)})?.getAttribute('data-value'))`;

const scenarios = readScenarios();
if (!scenarios.ok) throw new Error(scenarios.error);
const whyRetention = scenarios.value.find((scenario) => scenario.id === 'why-retention') as Scenario;

/** The figures of a scenario's debrief as Node computes them, as the page writes them. */
function nodeFigures(scenario: Scenario): Record<string, string> {
  const debrief = debriefOf(scenario, simulate(variantConfig(scenario, 'A')), simulate(variantConfig(scenario, 'B')));
  return Object.fromEntries(Object.entries(debrief.figures).map(([name, figure]) => [name, String(figure.value ?? '')]));
}

let chromiumMetrics: unknown;

beforeAll(async () => {
  const chromium = await openEnginePage('Chromium');
  try {
    await chromium.goto(recordedAppUrl('?view=sandbox'));
    await waitForSelector(chromium, SANDBOX_DONE, 90_000);
    chromiumMetrics = await chromium.evaluate(valuesOf('data-metric'));
  } finally {
    await chromium.close();
  }
}, 120_000);

describe.each(['Firefox', 'WebKit'] as const)('the app in %s', (engine) => {
  const page = suitePage(engine, { noProblems: true });

  it('opens the home page with a card for every scenario, running nothing', async () => {
    await page().goto(recordedAppUrl());
    await waitForSelector(page(), 'main[data-view="home"] h1', 30_000);
    expect(await page().evaluate(`document.querySelector('h1').textContent.trim()`)).toBe(t('home.heading'));
    expect(await page().evaluate('document.title')).toBe(t('page.home.title'));
    const cards = await page().evaluate(`Array.from(document.querySelectorAll('[data-scenario-card]'), (card) => card.getAttribute('data-scenario-card'))`);
    expect(cards).toEqual(scenarios.value.map((scenario) => scenario.id));
    expect(await page().evaluate(`document.querySelectorAll('[data-status]').length`)).toBe(0);
  }, 60_000);

  it('runs a two-parameter experiment on its workers to Node’s medians, cell by cell', async () => {
    const query = 'compare=on&b.acquisition.spendPerWeek=3000&people=300&weeks=26&sweep=B.acquisition.spendPerWeek=250:4000:3&sweep=purchases.grossMargin=0.2:0.6:2&sweepSeeds=2';
    await page().goto(recordedAppUrl(`?view=experiment&${query}`));
    await waitForSelector(page(), '[data-control="run"]', 30_000);
    await page().click('[data-control="run"]');
    await waitForSelector(page(), '[data-experiment-view][data-status="done"]', 90_000);
    const medians = await page().evaluate(`Array.from(document.querySelectorAll('[data-heatmap] [data-point]'), (cell) => Number(cell.getAttribute('data-median')))`);
    expect(medians).toEqual((await experimentInNode(query)).medians);
  }, 120_000);

  it('goes from the home page’s card to the sandbox, which shows its default run with Chromium’s numbers', async () => {
    await page().goto(recordedAppUrl());
    await waitForSelector(page(), '[data-way="sandbox"] a', 30_000);
    await page().click('[data-way="sandbox"] a');
    await waitForSelector(page(), SANDBOX_DONE, 90_000);
    const metrics = await page().evaluate(valuesOf('data-metric'));
    expect((metrics as unknown[]).length).toBeGreaterThan(5);
    expect(metrics).toEqual(chromiumMetrics);
  }, 120_000);

  it('compares B with A on the same people: B’s numbers and B − A as Node computes them', async () => {
    await page().goto(recordedAppUrl('?view=sandbox'));
    await waitForSelector(page(), SANDBOX_DONE, 90_000);
    await page().click('label[for="sandbox-compare"]');
    await waitForSelector(page(), `[data-sandbox][data-compare="true"][data-status="done"] [data-metric-diff="cumulativeProfit"]`, 90_000);
    expect(await page().evaluate(numberAt('[data-metric-diff="cumulativeProfit"]'))).toBe(0);

    await page().click('[data-side="b"] [data-group="bonusBank"] summary');
    await page().click('[data-side="b"] [data-param="bonusBank.enabled"] label.switch');
    const a = simulate(defaultRunConfig()).summary;
    const b = simulate({ ...defaultRunConfig(), params: params({ 'bonusBank.enabled': true }) }).summary;
    await waitUntil(
      page(),
      `document.querySelector('${SANDBOX_DONE}') !== null && ${numberAt('[data-metric-b="cumulativeProfit"]')} === ${b.cumulativeProfit}`,
      'B’s run with the bonus bank on',
      90_000,
    );
    expect(await page().evaluate(numberAt('[data-metric="cumulativeProfit"]'))).toBe(a.cumulativeProfit);
    expect(await page().evaluate(numberAt('[data-metric-diff="cumulativeProfit"]'))).toBe(b.cumulativeProfit - a.cumulativeProfit);
    expect(await page().evaluate(numberAt('[data-metric-b="pointsLiability"]'))).toBe(b.pointsLiability);
    expect(await page().evaluate(`document.querySelector('[data-chart="difference"] canvas') !== null`)).toBe(true);
    expect(await page().evaluate(`document.querySelector('[data-side="b"] [data-param="bonusBank.enabled"]').getAttribute('data-differs')`)).toBe('true');
  }, 180_000);

  it('plays a scenario from its prediction to its debrief, with the figures Node computes', async () => {
    await page().goto(recordedAppUrl());
    await waitForSelector(page(), `[data-scenario-card="${whyRetention.id}"] a`, 30_000);
    await page().click(`[data-scenario-card="${whyRetention.id}"] a`);
    await waitForSelector(page(), '[data-prediction] label.choice-option', 30_000);
    await page().click('[data-prediction] label.choice-option');
    await page().click('[data-prediction] button[type="submit"]');
    const lastStep = debriefStep(whyRetention);
    for (let step = 2; step <= lastStep; step++) {
      await waitUntil(page(), `document.querySelector('[data-step-next]')?.disabled === false`, `"next" enabled for step ${step}`, 90_000);
      const onStep = (shown: number) => `document.querySelector('[data-scenario]').getAttribute('data-step') === '${shown}'`;
      await clickUntil(page(), '[data-step-next]', { expression: onStep(step), unchanged: onStep(step - 1), what: `step ${step}` });
    }
    await waitForSelector(page(), `${SCENARIO_DONE} [data-debrief]`, 90_000);
    const shown = (await page().evaluate(valuesOf('data-figure'))) as [string, string][];
    const expected = nodeFigures(whyRetention);
    expect(shown.map(([name]) => name)).toEqual(Object.keys(expected));
    for (const [name, value] of shown) expect(value, name).toBe(expected[name]);
    expect(await page().evaluate(`document.querySelector('[data-verdict]').getAttribute('data-verdict')`)).toMatch(/^(right|wrong)$/);
    expect(await page().evaluate(`new URL(location.href).searchParams.get('step')`)).toBe(String(lastStep));
  }, 180_000);

  it('simulates and fits the demo shop in its worker to the estimates Node computes, to the bit', async () => {
    await page().goto(recordedAppUrl('?view=data'));
    await waitForSelector(page(), '[data-demo]', 30_000);
    await page().click('[data-demo]');
    await waitForSelector(page(), '[data-data-view][data-status="done"] [data-demo-truth]', 90_000);
    const shown = await page().evaluate(`Array.from(document.querySelectorAll('[data-fit-kind] tr[data-value]'), (row) => Number(row.getAttribute('data-value')))`);
    const node = fitFile(demoShopCsv(1), { calibrationEnd: DEMO_CALIBRATION_END });
    if (!node.ok) throw new Error(node.error);
    expect(shown).toEqual(node.value.fits.flatMap((fit) => Object.values(fit.estimates).map((estimate) => estimate.value)));
  }, 120_000);

  /** Drops `text` on the data view as a file, as a reader drops one, and reads the estimates it shows once its fit of `kind` is done. */
  async function estimatesOfDropped(text: string, name: string, kind: string): Promise<number[]> {
    await page().goto(recordedAppUrl('?view=data'));
    await waitForSelector(page(), '[data-drop-zone]', 30_000);
    // A DataTransfer holding the file, in a drop event on the zone.
    await page().evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/csv' }));
      document.querySelector('[data-drop-zone]').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      return true;
    })()`);
    await waitForSelector(page(), `[data-data-view][data-status="done"] [data-fit-kind="${kind}"]`, 90_000);
    return (await page().evaluate(`Array.from(document.querySelectorAll('[data-fit-kind] tr[data-value]'), (row) => Number(row.getAttribute('data-value')))`)) as number[];
  }

  const nodeEstimates = (text: string) => {
    const node = fitFile(text, {});
    if (!node.ok) throw new Error(node.error);
    return node.value.fits.flatMap((fit) => Object.values(fit.estimates).map((estimate) => estimate.value));
  };

  it.skipIf(!existsSync(CDNOW_SUMMARY))('fits a customer summary dropped on the page to the estimates Node computes, to the bit', async () => {
    const text = readFileSync(CDNOW_SUMMARY, 'utf8');
    expect(await estimatesOfDropped(text, 'summary.csv', 'summary')).toEqual(nodeEstimates(text));
  }, 120_000);

  it('reads a file of transactions dropped on the page as a stream, and fits it to the estimates Node computes from its whole text, to the bit', async () => {
    const text = demoShopCsv(2);
    expect(await estimatesOfDropped(text, 'shop.csv', 'transactions')).toEqual(nodeEstimates(text));
  }, 120_000);

  it('scores a learner’s check as Node does, with the same result code', async () => {
    const admit = scenarios.value.find((scenario) => scenario.id === 'admit-mistakes') as Scenario;
    // Not all right: each question's first choice that is not its answer, but the first's answer.
    const answers = admit.check.map((question, index) => (index === 0 ? question.answer : question.answer === 0 ? 1 : 0));
    await page().goto(recordedAppUrl(`?scenario=${admit.id}&check=after`));
    await waitForSelector(page(), '[data-check-form]', 30_000);
    for (const [question, answer] of answers.entries()) {
      await page().click(`[data-check-form] .card:nth-of-type(${question + 1}) label.choice-option:nth-of-type(${answer + 1})`);
    }
    await page().click('[data-check-score]');
    await waitForSelector(page(), '[data-check-result]', 10_000);
    expect(await page().evaluate(`document.querySelector('[data-check-code]').textContent.trim()`)).toBe(resultCode(admit.id, 'after', answers));
    expect(await page().evaluate(`Number(document.querySelector('[data-check-result]').getAttribute('data-check-result'))`)).toBe(scoreCheck(admit.check, answers).right);
    expect(await page().evaluate(`Array.from(document.querySelectorAll('[data-check-answer]'), (item) => item.getAttribute('data-check-answer'))`)).toEqual(
      scoreCheck(admit.check, answers).each.map((right) => (right ? 'right' : 'wrong')),
    );
  }, 60_000);

  it('fits a 360-pixel-wide phone screen without sideways scrolling, on every view and in a scenario', async () => {
    const views = [
      ['', 'main[data-view="home"] h1'],
      ['?view=sandbox', SANDBOX_DONE],
      ['?view=model', 'article h1'],
      [`?scenario=${whyRetention.id}&step=${debriefStep(whyRetention)}`, `${SCENARIO_DONE} [data-debrief]`],
      [`?scenario=${whyRetention.id}&check=before`, '[data-check-form]'],
      [`?scenario=${whyRetention.id}&check=room&codes=AB12.CD34`, '[data-room-check]'],
    ] as const;
    await page().goto(recordedAppUrl(PHONE_FRAME_PAGE));
    for (const [query, drawn] of views) {
      await page().evaluate(`(document.querySelector('iframe').src = new URL('./${query}', location.href).href, true)`);
      await waitUntil(page(), `frames[0].document.querySelector(${JSON.stringify(drawn)}) !== null`, `${query || 'home'} drawn`, 90_000);
      const width = await page().evaluate('frames[0].innerWidth');
      const fits = await page().evaluate('frames[0].document.documentElement.scrollWidth <= frames[0].document.documentElement.clientWidth');
      expect({ query, width, fits }).toEqual({ query, width: PHONE_SIZE.width, fits: true });
      expect(await problemsIn(page(), 'frames[0]'), query).toEqual([]);
    }
  }, 240_000);
});
