/**
 * The debrief's template language: slots are filled with the figures' text, conditions choose a
 * branch from the run's numbers (so a debrief can say "did not pay"), and mistakes are refused.
 */
import { describe, expect, it } from 'vitest';
import { computeFigure, crossingWeek } from '../../../src/scenarios/figures.ts';
import type { FigureSpec } from '../../../src/scenarios/types.ts';
import type { RunResult } from '../../../src/sim/run/config.ts';
import { formatFigure } from '../../../src/scenarios/format.ts';
import { fillTemplate, parseTemplate, type FilledFigure } from '../../../src/scenarios/template.ts';

const figure = (value: number | null, text = String(value)): FilledFigure => ({ value, text, absText: text.replace('-', ''), plural: 'other' });

function fill(source: string, figures: Record<string, FilledFigure>): string {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(parsed.error);
  return fillTemplate(parsed.value, figures);
}

describe('templates', () => {
  it('fill slots, with or without the sign', () => {
    expect(fill('B is {{gain|abs}} behind ({{gain}})', { gain: figure(-5, '-$5') })).toBe('B is $5 behind (-$5)');
  });

  it('choose the branch the numbers call for, so a debrief can say the advice did not pay', () => {
    const source = '{{#if gain > 0}}paid{{else if gain == 0}}even{{else}}did not pay{{/if}}';
    expect(fill(source, { gain: figure(10) })).toBe('paid');
    expect(fill(source, { gain: figure(0) })).toBe('even');
    expect(fill(source, { gain: figure(-3) })).toBe('did not pay');
  });

  it('treat a crossing that never happens as false, and fail every comparison with it', () => {
    const figures = { cross: figure(null, 'never'), gain: figure(2) };
    expect(fill('{{#if cross}}crossed{{else}}never crossed{{/if}}', figures)).toBe('never crossed');
    expect(fill('{{#if not cross and gain > 1}}yes{{/if}}', figures)).toBe('yes');
    expect(fill('{{#if cross > 0 or gain > 5}}yes{{else}}no{{/if}}', figures)).toBe('no');
    expect(fill('{{#if gain >= gain}}same{{/if}}', figures)).toBe('same');
  });

  it('nest', () => {
    expect(fill('{{#if a}}{{#if b}}ab{{else}}a{{/if}}{{/if}}', { a: figure(1), b: figure(0) })).toBe('a');
  });

  for (const source of ['{{#if}}x{{/if}}', '{{else}}', '{{/if}}', '{{#if a}}x', '{{a b}}', '{{#if a ~ 2}}x{{/if}}', 'a }} b', '{{#if not a > 1}}x{{/if}}']) {
    it(`refuses ${source}`, () => expect(parseTemplate(source).ok).toBe(false));
  }
});

describe('figures', () => {
  it('find the week B passes A for good, or none if B ends behind', () => {
    expect(crossingWeek(Float64Array.of(1, 2, 3, 4), Float64Array.of(0, 3, 2, 5))).toBe(4);
    expect(crossingWeek(Float64Array.of(1, 2), Float64Array.of(1, 3))).toBe(1);
    expect(crossingWeek(Float64Array.of(1, 2), Float64Array.of(2, 1))).toBeNull();
  });

  it('read a series at a week or summed, B − A with its sign, and a cost as the amount spent', () => {
    const run = (values: number[]) => ({ weeks: values.length, series: { discounts: Float64Array.from(values) } }) as unknown as RunResult;
    const runs = { A: run([-1, -2]), B: run([-3, -1]) };
    const spec = (change: Partial<FigureSpec>): FigureSpec =>
      ({ kind: 'value', label: 'x', series: 'discounts', run: 'A', at: null, sum: false, absolute: false, ...change }) as FigureSpec;
    expect(computeFigure(spec({}), runs).value).toBe(-2);
    expect(computeFigure(spec({ sum: true, absolute: true }), runs).text).toBe('$3.00');
    expect(computeFigure(spec({ run: 'B-A', at: 1 }), runs).text).toBe('-$2.00');
    expect(computeFigure(spec({ run: 'B-A' }), runs).text).toBe('+$1.00');
  });

  it('read the same in Node as in the browser: US English, cents only on small sums', () => {
    expect(formatFigure(1234567.4, 'money')).toBe('$1,234,567');
    expect(formatFigure(-56.7, 'money', { signed: true })).toBe('-$56.70');
    expect(formatFigure(12, 'count', { signed: true })).toBe('+12');
    expect(formatFigure(-0.2, 'count', { signed: true })).toBe('0');
    expect(formatFigure(0.6834, 'share')).toBe('68.3%');
    expect(formatFigure(null, 'week')).toBe('never');
    expect(formatFigure(37, 'week')).toBe('week 37');
  });
});
