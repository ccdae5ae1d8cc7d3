/**
 * A person's story: the events the run records for a traced person agree with the numbers, and
 * tracing never changes the numbers.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../support/runs.ts';

describe('a customer\'s story', () => {
  const traced = Array.from({ length: 300 }, (_, index) => index);
  const settings = { 'service.failureRateWithoutCare': 0.3, 'bonusBank.enabled': true, 'club.enabled': true };

  it('does not change any number of the run', () => {
    const plain = run(settings, { people: 2000 });
    const withStories = run(settings, { people: 2000, trace: traced });
    expect(Array.from(withStories.series.profit)).toEqual(Array.from(plain.series.profit));
  });

  it('tells joinings and leavings in order, alternating, with reasons; a move away ends one occupant\'s tale', () => {
    const result = run(settings, { people: 2000, trace: traced });
    let stories = 0;
    for (const person of traced) {
      const events = result.stories[person];
      expect(events).toBeDefined();
      let previousWeek = -1;
      let lastMove: string | undefined;
      for (const event of events) {
        expect(event.week).toBeGreaterThanOrEqual(previousWeek);
        previousWeek = event.week;
        if (event.kind === 'joined' || event.kind === 'left') {
          expect(event.kind).not.toBe(lastMove);
          lastMove = event.kind;
        }
        // The slot's next occupant, a newcomer, starts as a prospect.
        if (event.kind === 'movedAway') lastMove = undefined;
        if (event.kind === 'left') expect(['competitor', 'brokenPromise', 'conflict', 'serviceFailure', 'neglect']).toContain(event.reason);
      }
      if (events.length > 0) stories += 1;
    }
    expect(stories).toBeGreaterThan(50);
  });

  it('records complaints and how they were handled', () => {
    const result = run({ ...settings, 'service.complaintShare': 1 }, { people: 2000, trace: traced });
    const events = traced.flatMap((person) => result.stories[person]);
    const complaints = events.filter((event) => event.kind === 'failure' && event.complained).length;
    const handled = events.filter((event) => event.kind === 'handled').length;
    expect(complaints).toBeGreaterThan(0);
    expect(handled).toBe(complaints);
  });
});

describe('a story under the mechanisms of issue 4', () => {
  const traced = Array.from({ length: 400 }, (_, index) => index);
  const settings = {
    'guarantee.enabled': true,
    'priceChange.enabled': true,
    'priceChange.week': 20,
    'priceChange.cheatedShare': 1,
    'priceChange.response': 'credit',
    'outreach.prospectTouchesPerYear': 4,
    'outreach.customerTouchesPerYear': 2,
    'outreach.spamShare': 0.3,
    'listening.spendPerWeek': 2000,
    'firing.enabled': true,
    'market.abusiveShare': 0.1,
  };
  const result = run(settings, { people: 2000, trace: traced });
  const kinds = (kind: string) => traced.flatMap((person) => result.stories[person].filter((event) => event.kind === kind));

  it('does not change any number of the run', () => {
    expect(Array.from(result.series.profit)).toEqual(Array.from(run(settings, { people: 2000 }).series.profit));
  });

  it('tells guarantee refunds, credits for a price rise, touches, firings and the second line', () => {
    for (const kind of ['guaranteeRefund', 'feltCheated', 'touched', 'fired', 'secondLine']) expect(kinds(kind).length, kind).toBeGreaterThan(0);
  });

  it('tells when a person asks for no more touches, right after one reached them, and sends them none after', () => {
    const heavy = run({ ...settings, 'outreach.unsubscribePerTouch': 0.2, 'firing.enabled': false }, { people: 2000, trace: traced });
    let unsubscribed = 0;
    for (const person of traced) {
      const events = heavy.stories[person];
      const asked = events.findIndex((event) => event.kind === 'unsubscribed');
      if (asked < 0) continue;
      unsubscribed += 1;
      expect(events[asked - 1]).toEqual({ week: events[asked].week, kind: 'touched', delivered: true });
      const after = events.slice(asked + 1);
      const moved = after.findIndex((event) => event.kind === 'movedAway');
      expect((moved < 0 ? after : after.slice(0, moved)).filter((event) => event.kind === 'touched')).toEqual([]);
    }
    expect(unsubscribed).toBeGreaterThan(10);
  });

  it('ends a fired person\'s story: nothing happens to them afterwards, until a newcomer takes their place', () => {
    for (const person of traced) {
      const events = result.stories[person];
      const fired = events.findIndex((event) => event.kind === 'fired');
      if (fired < 0) continue;
      const after = events.slice(fired + 1);
      const moved = after.findIndex((event) => event.kind === 'movedAway');
      expect(moved < 0 ? after : after.slice(0, moved)).toEqual([]);
    }
  });
});
