/**
 * The app in Firefox ESR and WebKit, as in Chromium: the sandbox shows its default run with the
 * very numbers Chromium shows, and a scenario played to its debrief shows the figures Node
 * computes for it (test/support/enginePages.ts drives the engines). The rest of the browser suite
 * runs in Chromium only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/scenarios/debrief.ts';
import { readScenarios } from '../../src/scenarios/node/readScenarios.ts';
import { variantConfig } from '../../src/scenarios/run.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { openEnginePage, waitForSelector, type EnginePage } from '../support/enginePages.ts';
import { appUrl } from './harness.ts';

const SANDBOX_DONE = '[data-sandbox][data-status="done"]';
const DEBRIEF_DONE = '[data-scenario][data-status="done"] [data-debrief]';
/** name → unformatted value of every figure the page marks with `attribute` (data-value). */
const valuesOf = (attribute: string) =>
  `Object.fromEntries(Array.from(document.querySelectorAll('[${attribute}][data-value]'), (element) => [element.getAttribute('${attribute}'), element.getAttribute('data-value')]))`;

async function sandboxMetrics(page: EnginePage): Promise<unknown> {
  await page.goto(appUrl('?view=sandbox'));
  await waitForSelector(page, SANDBOX_DONE, 90_000);
  return page.evaluate(valuesOf('data-metric'));
}

/** The figures of a scenario's debrief as Node computes them, as the page writes them. */
function nodeFigures(id: string): Record<string, string> {
  const scenarios = readScenarios();
  if (!scenarios.ok) throw new Error(scenarios.error);
  const scenario = scenarios.value.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  const debrief = debriefOf(scenario, simulate(variantConfig(scenario, 'A')), simulate(variantConfig(scenario, 'B')));
  return Object.fromEntries(Object.entries(debrief.figures).map(([name, figure]) => [name, String(figure.value ?? '')]));
}

let chromiumMetrics: unknown;

beforeAll(async () => {
  const chromium = await openEnginePage('Chromium');
  try {
    chromiumMetrics = await sandboxMetrics(chromium);
  } finally {
    await chromium.close();
  }
}, 120_000);

describe.each(['Firefox', 'WebKit'] as const)('the app in %s', (engine) => {
  let page: EnginePage;

  beforeAll(async () => {
    page = await openEnginePage(engine);
  }, 120_000);

  afterAll(async () => {
    await page?.close();
  });

  it('shows the sandbox’s default run with the numbers Chromium shows', async () => {
    const metrics = await sandboxMetrics(page);
    expect(Object.keys(metrics as object).length).toBeGreaterThan(5);
    expect(metrics).toEqual(chromiumMetrics);
  }, 120_000);

  it('plays a scenario to its debrief with the figures Node computes', async () => {
    await page.goto(appUrl('?scenario=why-retention&step=6'));
    await waitForSelector(page, DEBRIEF_DONE, 90_000);
    const shown = (await page.evaluate(valuesOf('data-figure'))) as Record<string, string>;
    const expected = nodeFigures('why-retention');
    expect(Object.keys(shown).length).toBeGreaterThan(5);
    expect(shown.gain).toMatch(/^-?\d/);
    for (const [name, value] of Object.entries(shown)) expect(value, name).toBe(expected[name]);
  }, 120_000);
});
