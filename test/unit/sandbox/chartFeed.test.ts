/**
 * The chart cards are given the runs on screen a few cards per task, in turn, so that no single
 * task redraws every chart, and under a stream of new inputs every card keeps following.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartInput } from '../../../src/app/charts/contract.ts';
import { ChartFeed } from '../../../src/app/state/chartFeed.svelte.ts';

/** Inputs are only compared by identity here. */
const input = (name: string) => ({ name }) as unknown as ChartInput;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function shown(feed: ChartFeed, ids: string[]) {
  return ids.map((id) => (feed.slots.get(id)?.input as unknown as { name: string } | null)?.name ?? null);
}

/** A feed that serves one card per task (a budget of 0 ms). */
function oneByOne(): ChartFeed {
  return new ChartFeed({ budgetMs: 0, flush: () => undefined });
}

describe('the feed of the chart cards', () => {
  it('serves one card per task until every card shows the input', () => {
    const feed = oneByOne();
    const ids = ['a', 'b', 'c'];
    const first = input('1');
    feed.offer(ids, first);
    expect(shown(feed, ids)).toEqual([null, null, null]);
    vi.advanceTimersToNextTimer();
    expect(shown(feed, ids)).toEqual(['1', null, null]);
    expect(feed.shows(ids, first)).toBe(false);
    vi.runAllTimers();
    expect(shown(feed, ids)).toEqual(['1', '1', '1']);
    expect(feed.shows(ids, first)).toBe(true);
  });

  it('serves the cards in turn, so a stream of inputs starves none', () => {
    const feed = oneByOne();
    const ids = ['a', 'b', 'c'];
    feed.offer(ids, input('1'));
    vi.advanceTimersToNextTimer();
    feed.offer(ids, input('2'));
    vi.advanceTimersToNextTimer();
    feed.offer(ids, input('3'));
    vi.advanceTimersToNextTimer();
    expect(shown(feed, ids)).toEqual(['1', '2', '3']);
    vi.runAllTimers();
    expect(shown(feed, ids)).toEqual(['3', '3', '3']);
  });

  it('serves as many cards in a task as its budget allows, drawing each at once', () => {
    let clock = 0;
    const drawn: string[] = [];
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const feed: ChartFeed = new ChartFeed({
      budgetMs: 10,
      now: () => clock,
      // Each drawing takes 4 ms: a task draws three cards (4, 8, 12 ms) and yields.
      flush: () => {
        clock += 4;
        drawn.push(shown(feed, ids).filter((name) => name !== null).length.toString());
      },
    });
    feed.offer(ids, input('1'));
    vi.advanceTimersToNextTimer();
    expect(shown(feed, ids)).toEqual(['1', '1', '1', null, null]);
    expect(drawn).toEqual(['1', '2', '3']);
    vi.advanceTimersToNextTimer();
    expect(feed.shows(ids, feed.slots.get('a')!.input)).toBe(true);
  });

  it('keeps the slots of cards that stay when the list of cards changes', () => {
    const feed = oneByOne();
    feed.offer(['a', 'b'], input('1'));
    vi.runAllTimers();
    const slot = feed.slots.get('b');
    const second = input('2');
    feed.offer(['x', 'b'], second);
    expect(feed.slots.get('b')).toBe(slot);
    expect(feed.slots.has('a')).toBe(false);
    expect(feed.shows(['x', 'b'], second)).toBe(false);
    vi.runAllTimers();
    expect(feed.shows(['x', 'b'], second)).toBe(true);
  });
});
