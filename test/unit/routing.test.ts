/**
 * Routes in the address: each view has one query string, reading it back gives the same route,
 * and whatever routing cannot honour (an unknown or repeated view, an unknown scenario) is reported, never
 * dropped in silence, while parameters that belong to others are left alone.
 */
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, VIEWS, type ScenarioRoute } from '../../src/app/routing/route.ts';
import { describeIgnored } from '../../src/app/routing/notes.ts';

describe('parseRoute', () => {
  it('reads no view as the home page, with nothing ignored', () => {
    expect(parseRoute('')).toEqual({ route: { view: 'home' }, ignored: [] });
    expect(parseRoute('?')).toEqual({ route: { view: 'home' }, ignored: [] });
    expect(parseRoute('?view=')).toEqual({ route: { view: 'home' }, ignored: [] });
  });

  it('reads the sandbox and the model views, with or without the question mark', () => {
    expect(parseRoute('?view=sandbox').route).toEqual({ view: 'sandbox' });
    expect(parseRoute('view=model').route).toEqual({ view: 'model' });
  });

  it('reads view names whatever their case and surrounding spaces, as people type them', () => {
    expect(parseRoute('?view=Model').route).toEqual({ view: 'model' });
    expect(parseRoute('?view=%20SANDBOX%20').route).toEqual({ view: 'sandbox' });
  });

  it('falls back to home on an unknown view and says which value it ignored', () => {
    expect(parseRoute('?view=charts')).toEqual({
      route: { view: 'home' },
      ignored: [{ key: 'view', value: 'charts', reason: 'unknown' }],
    });
  });

  it('keeps the first of repeated views and reports the others', () => {
    expect(parseRoute('?view=model&view=sandbox')).toEqual({
      route: { view: 'model' },
      ignored: [{ key: 'view', value: 'sandbox', reason: 'repeated' }],
    });
  });

  it('opens a scenario the app has at the step asked for, over any view, in classroom mode if asked', () => {
    expect(parseRoute('?scenario=Over-Promising&step=3')).toEqual({
      route: { view: 'scenario', scenario: 'over-promising', step: 3, present: false, teacher: false, seed: null },
      ignored: [],
    });
    expect(parseRoute('?view=sandbox&scenario=customer-club&present=1&seed=9').route).toEqual({
      view: 'scenario', scenario: 'customer-club', step: 1, present: true, teacher: false, seed: 9,
    });
  });

  it('falls back to home on an unknown scenario, and to the story on a step that is not a number, saying so', () => {
    expect(parseRoute('?scenario=bonus-bank')).toEqual({
      route: { view: 'home' },
      ignored: [{ key: 'scenario', value: 'bonus-bank', reason: 'unknown' }],
    });
    expect(parseRoute('?scenario=over-promising&step=two')).toEqual({
      route: { view: 'scenario', scenario: 'over-promising', step: 1, present: false, teacher: false, seed: null },
      ignored: [{ key: 'step', value: 'two', reason: 'invalid' }],
    });
    expect(parseRoute('?scenario=over-promising&seed=-1').ignored).toEqual([{ key: 'seed', value: '-1', reason: 'invalid' }]);
  });

  it('leaves parameters that are not routing’s to their own readers', () => {
    expect(parseRoute('?view=sandbox&workers=2&seed=7')).toEqual({ route: { view: 'sandbox' }, ignored: [] });
  });

  it('never throws, whatever the address holds', () => {
    for (const search of ['?view', '?view=%E0%A4%A', '?=&&=', '?view=<script>', `?view=${'x'.repeat(5000)}`]) {
      expect(() => parseRoute(search)).not.toThrow();
    }
  });
});

describe('formatRoute', () => {
  it('gives home no query at all, so its address is the page’s own', () => {
    expect(formatRoute({ view: 'home' })).toBe('');
  });

  it('gives each other view its query', () => {
    expect(formatRoute({ view: 'sandbox' })).toBe('?view=sandbox');
    expect(formatRoute({ view: 'model' })).toBe('?view=model');
  });

  it('is read back as the same route, with nothing ignored, for every view', () => {
    for (const view of VIEWS) expect(parseRoute(formatRoute({ view }))).toEqual({ route: { view }, ignored: [] });
  });

  it('gives a scenario its id, step, seed and classroom mode, read back as the same route', () => {
    const route = { view: 'scenario', scenario: 'admit-mistakes', step: 4, present: true, teacher: false, seed: 12 } as const;
    expect(formatRoute(route)).toBe('?scenario=admit-mistakes&step=4&seed=12&present=1');
    expect(parseRoute(formatRoute(route))).toEqual({ route, ignored: [] });
  });

  it('keeps the teacher’s notes switched on in the address, and off when it says nothing or anything else', () => {
    const route = { view: 'scenario', scenario: 'admit-mistakes', step: 2, present: false, teacher: true, seed: null } as const;
    expect(formatRoute(route)).toBe('?scenario=admit-mistakes&step=2&teacher=1');
    expect(parseRoute(formatRoute(route))).toEqual({ route, ignored: [] });
    expect(parseRoute('?scenario=admit-mistakes&teacher=ON').route).toMatchObject({ teacher: true });
    expect(parseRoute('?scenario=admit-mistakes&teacher=no').route).toMatchObject({ teacher: false });
    expect(parseRoute('?scenario=admit-mistakes').route).toMatchObject({ teacher: false });
  });

  it('opens a scenario’s handout or teacher’s sheet, and says when print= names neither', () => {
    const route = { view: 'scenario', scenario: 'admit-mistakes', step: 1, present: false, teacher: false, seed: null, print: 'handout' } as const;
    expect(formatRoute(route)).toBe('?scenario=admit-mistakes&step=1&print=handout');
    expect(parseRoute(formatRoute(route))).toEqual({ route, ignored: [] });
    expect(parseRoute('?scenario=admit-mistakes&print=Teacher').route).toMatchObject({ print: 'teacher' });
    const wrong = parseRoute('?scenario=admit-mistakes&print=poster');
    expect(wrong.route).not.toHaveProperty('print');
    expect(wrong.ignored).toEqual([{ key: 'print', value: 'poster', reason: 'invalid' }]);
    expect(describeIgnored(wrong.ignored[0])).toContain('print=poster');
  });

  it('keeps the room’s show of hands in the address, leaves it out when no hand is counted, and says when it cannot be read', () => {
    const route: ScenarioRoute = { view: 'scenario', scenario: 'admit-mistakes', step: 1, present: true, teacher: false, seed: null, hands: [3, 0, 12] };
    expect(formatRoute(route)).toBe('?scenario=admit-mistakes&step=1&present=1&hands=3-0-12');
    expect(parseRoute(formatRoute(route))).toEqual({ route, ignored: [] });
    expect(formatRoute({ ...route, hands: [0, 0, 0] })).toBe('?scenario=admit-mistakes&step=1&present=1');
    for (const value of ['3,4', '-1-2', '1000-2', '3', 'a-b', '1--2']) {
      const wrong = parseRoute(`?scenario=admit-mistakes&hands=${value}`);
      expect(wrong.route, value).not.toHaveProperty('hands');
      expect(wrong.ignored, value).toEqual([{ key: 'hands', value, reason: 'invalid' }]);
      expect(describeIgnored(wrong.ignored[0])).toContain(`hands=${value}`);
    }
  });
});

describe('describeIgnored', () => {
  it('names the ignored part of the address as it was written, and why', () => {
    expect(describeIgnored({ key: 'view', value: 'Charts', reason: 'unknown' })).toMatch(/view=Charts.*home page/);
    expect(describeIgnored({ key: 'view', value: 'sandbox', reason: 'repeated' })).toContain('view=sandbox');
    expect(describeIgnored({ key: 'scenario', value: 'club', reason: 'unknown' })).toMatch(/scenario=club.*no such scenario/);
    expect(describeIgnored({ key: 'step', value: 'x', reason: 'invalid' })).toContain('step=x');
  });
});
