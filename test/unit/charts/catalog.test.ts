/**
 * What every chart of the catalogue promises, whatever it shows: a stable id, a chart that
 * draws whole-week points, a one-sentence summary, a table with a row a week, the title kept
 * off the canvas (the card shows it), the cursor, no animation, and A and B in compare mode.
 * The tenure chart is of the whole run by year of tenure, not by week (tenure.test.ts): it keeps
 * every promise but those of the weeks.
 */
import { describe, expect, it } from 'vitest';
import { applicableCharts, chartDefinition, chartDefinitions } from '../../../src/app/charts/catalog.ts';
import type { ChartInput } from '../../../src/app/charts/contract.ts';
import { compare, runA, single, WEEKS, withSpread } from './fixtures.ts';

/** Charts of the whole run, by year of tenure: no weeks, no week cursor. */
const byTenure = new Set(['tenure']);

const inputs: [string, ChartInput][] = [
  ['one run', single()],
  ['one run at the cursor', single(runA, 20)],
  ['compare mode', compare()],
  ['compare mode at the cursor', compare(40)],
  ['one run with a spread across seeds', withSpread(single())],
  ['compare mode with a spread across seeds, at the cursor', withSpread(compare(40))],
];

describe('the chart catalogue', () => {
  it('has the charts of the issue, each under its own id', () => {
    const ids = chartDefinitions.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['market', 'profit', 'flows', 'ledger', 'cohorts', 'satisfaction', 'points', 'value', 'tenure', 'difference', 'spread']),
    );
    expect(chartDefinition('profit')?.id).toBe('profit');
    expect(chartDefinition('nothing')).toBeUndefined();
  });

  it('shows the difference chart only in compare mode and the points chart only with a bonus bank', () => {
    const shown = (input: ChartInput) => applicableCharts(input).map((definition) => definition.id);
    expect(shown(single())).not.toContain('difference');
    expect(shown(single())).not.toContain('points');
    expect(shown(compare())).toContain('difference');
    expect(shown(compare())).toContain('points');
  });

  it('shows the spread chart only once a spread across seeds has been run', () => {
    const shown = (input: ChartInput) => applicableCharts(input).map((definition) => definition.id);
    expect(shown(single())).not.toContain('spread');
    expect(shown({ ...single(), spread: null })).not.toContain('spread');
    expect(shown(withSpread(single()))).toContain('spread');
  });

  for (const [name, input] of inputs) {
    describe(`in ${name}`, () => {
      for (const definition of chartDefinitions.filter((candidate) => candidate.applies(input))) {
        describe(definition.id, () => {
          const config = definition.config(input);

          it('draws lines of points at whole weeks from 1, with a title kept off the canvas', () => {
            expect(config.options?.plugins?.title?.display).toBe(false);
            expect(config.options?.plugins?.title?.text).toBe(definition.title(input));
            if (byTenure.has(definition.id)) return;
            expect(config.type).toBe('line');
            expect(config.data.datasets.length).toBeGreaterThan(0);
            for (const dataset of config.data.datasets) {
              const points = dataset.data as { x: number; y: number }[];
              expect(points[0].x).toBe(1);
              expect(points.every((point, index) => point.x === index + 1)).toBe(true);
              expect(points.every((point) => typeof point.y === 'number')).toBe(true);
            }
          });

          it('titles every axis, the unit included', () => {
            for (const [id, scale] of Object.entries(config.options?.scales ?? {})) {
              const title = (scale as { title?: { text?: string; display?: boolean } }).title;
              expect(title?.display, id).toBe(true);
              expect(String(title?.text ?? ''), id).not.toBe('');
            }
          });

          it('gives the cursor plugin to this chart alone, with the cursor week', () => {
            if (byTenure.has(definition.id)) {
              expect(config.plugins?.map((plugin) => plugin.id)).toEqual(['barTotals']);
              return;
            }
            expect(config.plugins?.map((plugin) => plugin.id)).toEqual(
              ['difference', 'spread'].includes(definition.id) ? ['cursor', 'panelRules'] : ['cursor'],
            );
            const cursor = config.options?.plugins?.cursor;
            // The cohort chart's x axis is the cohort's age, where a week of the run has no place.
            expect(cursor?.week).toBe(definition.id === 'cohorts' ? null : input.cursorWeek);
          });

          it('draws at once, without animation, so that no first drawing holds the page frame after frame', () => {
            expect(config.options?.animation).toBe(false);
          });

          it('says what it shows in one sentence with numbers in it', () => {
            const summary = definition.summary(input);
            expect(summary).toMatch(/^[A-Z0-9].*\.$/);
            expect(summary).toMatch(/\d/);
            expect(summary.match(/[.!?](\s|$)/g)?.length).toBe(1);
            expect(summary).not.toMatch(/\{\w+\}|NaN|undefined|—/);
            if (input.cursorWeek !== null && definition.id !== 'cohorts' && !byTenure.has(definition.id)) expect(summary).toContain(`week ${input.cursorWeek + 1}`);
            if (input.b && definition.id !== 'difference') {
              expect(summary).toContain(input.names.a);
              expect(summary).toContain(input.names.b);
            }
          });

          it('has a table with a caption and one row a week, every row as wide as the header', () => {
            const table = definition.table(input);
            expect(table.caption).not.toBe('');
            for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
            if (byTenure.has(definition.id)) return;
            expect(table.rows).toHaveLength(WEEKS);
            expect(table.rows.map((row) => row[0])).toEqual(Array.from({ length: WEEKS }, (_, week) => String(week + 1)));
            for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
            expect(table.rows.flat().some((cell) => /NaN|undefined|-\$0\.00/.test(cell))).toBe(false);
          });
        });
      }
    });
  }

  it('draws every series of A again for B in compare mode, dashed, and names A and B in the legend', () => {
    // The difference chart draws B − A, and the spread chart bands (tested on its own); the tenure
    // chart's bars of A and B stand side by side (tenure.test.ts).
    for (const definition of chartDefinitions.filter((candidate) => !['difference', 'spread', 'tenure'].includes(candidate.id))) {
      const one = definition.config(single()).data.datasets;
      const two = definition.config(compare()).data.datasets;
      // The points chart has no data outside compare mode here (no bonus bank), so it is not compared.
      if (definition.id === 'points') continue;
      expect(two.length, definition.id).toBeGreaterThanOrEqual(2 * one.length);
      const half = two.length / 2;
      for (const [index, dataset] of two.entries()) {
        const dash = (dataset as { borderDash?: number[] }).borderDash ?? [];
        expect(dash.length > 0, `${definition.id} dataset ${index}`).toBe(index >= half);
        expect(dataset.label).toMatch(index >= half ? /\(Bank\)$/ : /\(Card\)$/);
      }
    }
  });
});
