/**
 * Handing the runs on screen to the chart cards a few cards per task. Redrawing every chart in
 * one go blocks the page for longer than a frame should take (a few milliseconds a chart on a
 * re-run, tens for a first drawing); a task serves cards, each drawn at once, until it has used
 * its budget of milliseconds, then yields, so the page stays responsive while a slider moves or
 * a run plays back. Each card has its own slot, so a card redraws only when its slot is given the
 * newer input. Cards are served in turn, so that under a stream of new inputs (playback) every
 * card keeps following, none starved.
 */
import { flushSync } from 'svelte';
import type { ChartInput } from '../charts/contract.ts';
import type { Timers } from './playback.svelte.ts';

/** What one card shows: the latest input it has been given. */
export class ChartSlot {
  input = $state.raw<ChartInput | null>(null);
}

export interface FeedOptions {
  timers?: Timers;
  /** Milliseconds a task may spend drawing before it yields; 0 serves one card per task. */
  budgetMs?: number;
  now?: () => number;
  /** Draws what was just given to a card (Svelte's flushSync in the page). */
  flush?: () => void;
}

const taskTimers: Timers = {
  set: (callback) => setTimeout(callback, 0),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Well under a frame, so a frame can still be drawn in time between two tasks. */
export const FEED_BUDGET_MS = 12;

export class ChartFeed {
  /** One slot per card on screen, by chart id. */
  slots = $state.raw<ReadonlyMap<string, ChartSlot>>(new Map());

  /** The input every card should come to show. */
  private latest: ChartInput | null = null;
  private ids: string[] = [];
  /** Where the next task starts looking for a card to serve. */
  private turn = 0;
  private handle: unknown = null;
  private readonly timers: Timers;
  private readonly budgetMs: number;
  private readonly now: () => number;
  private readonly flush: () => void;

  constructor(options: FeedOptions = {}) {
    this.timers = options.timers ?? taskTimers;
    this.budgetMs = options.budgetMs ?? FEED_BUDGET_MS;
    this.now = options.now ?? (() => performance.now());
    this.flush = options.flush ?? flushSync;
  }

  /** The cards to show, in order, and the input they should all come to show. */
  offer(ids: readonly string[], input: ChartInput | null): void {
    this.latest = input;
    if (ids.length !== this.ids.length || ids.some((id, index) => id !== this.ids[index])) {
      this.ids = [...ids];
      const slots = new Map<string, ChartSlot>();
      for (const id of ids) slots.set(id, this.slots.get(id) ?? new ChartSlot());
      this.slots = slots;
      this.turn = 0;
    }
    if (input && this.ids.length > 0) this.schedule();
  }

  /** True when each of these cards shows exactly this input (read in the same flush as the input). */
  shows(ids: readonly string[], input: ChartInput | null): boolean {
    return ids.every((id) => this.slots.get(id)?.input === input);
  }

  dispose(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = null;
  }

  private schedule(): void {
    if (this.handle === null) this.handle = this.timers.set(() => this.serve(), 0);
  }

  /** Give the latest input to the next cards that lack it, drawing each, within the budget. */
  private serve(): void {
    this.handle = null;
    const started = this.now();
    while (this.serveOne()) {
      this.flush();
      if (this.now() - started >= this.budgetMs) {
        this.schedule();
        return;
      }
    }
  }

  /** Give the latest input to the next card that lacks it; false when every card has it. */
  private serveOne(): boolean {
    const count = this.ids.length;
    for (let step = 0; step < count; step++) {
      const index = (this.turn + step) % count;
      const slot = this.slots.get(this.ids[index]);
      if (slot && slot.input !== this.latest) {
        slot.input = this.latest;
        this.turn = (index + 1) % count;
        return true;
      }
    }
    return false;
  }
}
