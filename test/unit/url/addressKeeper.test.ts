/**
 * The address follows the screen without flooding the history: a burst of changes (a slider
 * dragged) is one history entry, a change after a quiet moment is a new one, the address always
 * ends on the last state, and back or forward is never written over.
 */
import { describe, expect, it } from 'vitest';
import { AddressKeeper, QUIET_MS, THROTTLE_MS, type Clock, type HistoryPort } from '../../../src/app/url/addressKeeper.ts';

/** A history of entries with a current index, and a clock the test moves by hand. */
function fakes() {
  const entries = ['?view=sandbox'];
  let index = 0;
  const history: HistoryPort = {
    search: () => entries[index],
    push: (search) => {
      entries.splice(index + 1);
      entries.push(search);
      index += 1;
    },
    replace: (search) => {
      entries[index] = search;
    },
  };
  let now = 0;
  const timers: { at: number; callback: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    set: (callback, ms) => {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return timer;
    },
    clear: (handle) => {
      const at = timers.indexOf(handle as (typeof timers)[number]);
      if (at >= 0) timers.splice(at, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((candidate) => candidate.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.callback();
    }
  };
  return { entries, history, clock, advance, back: () => (index -= 1), current: () => entries[index] };
}

describe('the address keeper', () => {
  it('replaces the opened address first, then makes one entry per burst of changes', () => {
    const { entries, history, clock, advance, current } = fakes();
    const keeper = new AddressKeeper(history, clock);
    keeper.follow('?view=sandbox&v=1');
    expect(entries).toEqual(['?view=sandbox&v=1']);
    advance(QUIET_MS + 10);
    // A slider dragged: a value every 16 ms for a second.
    for (let step = 1; step <= 60; step++) {
      keeper.follow(`?view=sandbox&v=1&m=${step}`);
      advance(16);
    }
    advance(THROTTLE_MS);
    expect(entries).toEqual(['?view=sandbox&v=1', '?view=sandbox&v=1&m=60']);
    expect(current()).toBe('?view=sandbox&v=1&m=60');
    advance(QUIET_MS + 10);
    keeper.follow('?view=sandbox&v=1&m=60&seed=2');
    expect(entries).toHaveLength(3);
  });

  it('does not count an unchanged state as a change', () => {
    const { entries, history, clock, advance } = fakes();
    const keeper = new AddressKeeper(history, clock);
    keeper.follow('?view=sandbox');
    advance(QUIET_MS + 10);
    keeper.follow('?view=sandbox');
    advance(100);
    keeper.follow('?view=sandbox&seed=2');
    expect(entries).toEqual(['?view=sandbox', '?view=sandbox&seed=2']);
  });

  it('writes nothing pending over an address reached by back, and starts a new entry after it', () => {
    const { entries, history, clock, advance, back, current } = fakes();
    const keeper = new AddressKeeper(history, clock);
    keeper.follow('?a');
    advance(QUIET_MS + 10);
    keeper.follow('?b');
    keeper.follow('?c');
    back();
    keeper.arrived();
    advance(THROTTLE_MS * 2);
    expect(current()).toBe('?a');
    keeper.follow('?d');
    expect(entries).toEqual(['?a', '?d']);
  });
});

describe('the address keeper right after opening', () => {
  it('gives the first change of the reader an entry of its own, however soon it comes', () => {
    const { entries, history, clock, advance } = fakes();
    const keeper = new AddressKeeper(history, clock);
    keeper.follow('?view=sandbox&v=1');
    advance(50);
    keeper.follow('?view=sandbox&v=1&m=1');
    advance(THROTTLE_MS);
    expect(entries).toEqual(['?view=sandbox&v=1', '?view=sandbox&v=1&m=1']);
  });
});
