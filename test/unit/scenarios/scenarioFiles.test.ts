/**
 * Every scenario file of content/scenarios: it passes its checks, both variants run on the same
 * seed and people, the debrief fills every slot from the run, it asks "where does it hold?", and the chart ids a step may name
 * are the app's charts.
 */
import { describe, expect, it } from 'vitest';
import { chartDefinitions } from '../../../src/app/charts/catalog.ts';
import { CHART_IDS, SANDBOX_ONLY_CHARTS } from '../../../src/scenarios/chartIds.ts';
import { debriefOf } from '../../../src/scenarios/debrief.ts';
import { readScenario, scenarioFiles } from '../../../src/scenarios/node/readScenarios.ts';
import { variantConfig } from '../../../src/scenarios/run.ts';
import { simulate } from '../../../src/sim/run/simulate.ts';
import { MAX_HOLDS_RUNS } from '../../../src/scenarios/load.ts';
import { sweepRunBound } from '../../../src/experiment/plan.ts';

const files = scenarioFiles();

describe('the scenario files', () => {
  it('are the thirteen guided scenarios of issue 4', () => {
    const ids = files.map((path) => path.replace(/^.*\/|\.md$/g, ''));
    expect([...ids].sort()).toEqual([
      'why-retention', 'bonus-bank-vs-discount', 'customer-club', 'over-promising', 'admit-mistakes', 'lost-to-competitor',
      'pizza-guarantee', 'find-what-they-lack', 'refund-or-fight', 'birthday-cards', 'virtuous-circle', 'spam-folder',
      'customers-worth-losing',
    ].sort());
  });

  it('come in thirteen distinct places on the home page', () => {
    const orders = files.map((path) => {
      const checked = readScenario(path);
      return checked.ok ? checked.value.order : Number.NaN;
    });
    expect(new Set(orders).size).toBe(13);
  });

  it('name only charts that the app has, every one a step can show', () => {
    expect([...CHART_IDS, ...SANDBOX_ONLY_CHARTS].sort()).toEqual(chartDefinitions.map((definition) => definition.id).sort());
  });

  for (const path of files) {
    describe(path.replace(/^.*\//, ''), () => {
      const checked = readScenario(path);

      it('passes its checks', () => {
        expect(checked.ok ? '' : checked.error).toBe('');
      });

      it('runs A and B on the same people and fills its debrief from them', () => {
        if (!checked.ok) return;
        const scenario = checked.value;
        // A smaller market keeps the test quick; the debrief's machinery is the same.
        const small = (variant: 'A' | 'B') => ({ ...variantConfig(scenario, variant), people: 1500 });
        const a = simulate(small('A'));
        const b = simulate(small('B'));
        expect(a.seed).toBe(b.seed);
        expect(a.params).not.toEqual(b.params);
        const debrief = debriefOf(scenario, a, b);
        for (const text of [debrief.debrief, debrief.note, ...debrief.steps]) {
          expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN/);
        }
        for (const figure of Object.values(debrief.figures)) expect(figure.text).not.toBe('—');
        expect(debrief.steps).toHaveLength(scenario.steps.length);
      });

      it('asks "where does it hold?" with a sweep of one or two assumptions, live-sized for a classroom', () => {
        if (!checked.ok) return;
        const { holds, variants } = checked.value;
        expect(holds).not.toBeNull();
        if (!holds) return;
        expect(holds.text.length).toBeGreaterThan(80);
        expect(holds.axes.length).toBeGreaterThanOrEqual(1);
        expect(sweepRunBound(holds.axes, holds.repetitions, true)).toBeLessThanOrEqual(MAX_HOLDS_RUNS);
        // A sweep of one variant's parameter sweeps a parameter it sets or one the other does not.
        for (const axis of holds.axes) expect(axis.values.length).toBeGreaterThanOrEqual(3);
        expect(holds.measure).toEqual({ series: 'cumulativeProfit', at: { kind: 'end' }, of: 'B-A' });
        expect(Object.keys(variants.B.overrides).length + Object.keys(variants.A.overrides).length).toBeGreaterThan(0);
      });
    });
  }
});
