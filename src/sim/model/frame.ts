/**
 * The frame a shard's weekly step works in: its people, the parameters and derived policy, the
 * week's context, the totals being added up, and the story book. Mechanism functions take the
 * frame and a person's offset, and write only to that person and to the totals.
 */
import type { Params } from '../params/schema.ts';
import type { WeekContext } from './context.ts';
import type { Policy } from './policy.ts';
import type { Population } from './population.ts';
import { Flag } from './states.ts';
import type { StoryBook } from './story.ts';
import type { TransactionLog } from './transactionLog.ts';

/** What happened to the person being stepped this week; reset for each person. */
export interface PersonWeek {
  purchases: number;
  paidCents: number;
  /** Chance of leaving at once because of a service failure, by how it was handled. */
  failureLeaveChance: number;
  /** The failure ended in a conflict. */
  conflict: boolean;
  brokenPromise: boolean;
  /** The customer dropped out after one of the week's purchases (dropout.ts) and leaves this week. */
  droppedOut: boolean;
  /** The customer's bond this week (relationship.ts), 0 with that mechanism off. */
  bond: number;
  /** The factor on this week's leave-at-once chances and felt shortfall (relationship.ts), 1 with it off. */
  forgiving: number;
  /** population.lastPurchaseWeekPlusOne as it was before this week's purchases (priceChange.ts). */
  previousPurchasePlusOne: number;
}

export function emptyPersonWeek(): PersonWeek {
  return { purchases: 0, paidCents: 0, failureLeaveChance: 0, conflict: false, brokenPromise: false, droppedOut: false, bond: 0, forgiving: 1, previousPurchasePlusOne: 0 };
}

export function resetPersonWeek(week: PersonWeek): void {
  week.purchases = 0;
  week.paidCents = 0;
  week.failureLeaveChance = 0;
  week.conflict = false;
  week.brokenPromise = false;
  week.droppedOut = false;
  week.bond = 0;
  week.forgiving = 1;
  week.previousPurchasePlusOne = 0;
}

/** Slots of Frame.prices. */
export const FELT_PRICE = 0;
export const FELT_PRICE_MEMBER = 1;
/** List price relative to the price before any rise (priceChange.ts): 1 + the rise in force. */
export const PRICE_LEVEL = 2;

/** The week's prices before any rise: the policy's felt prices and a price level of 1. */
export function startingPrices(policy: Policy): Float64Array {
  return Float64Array.of(policy.feltPrice, policy.feltPriceMember, 1);
}

/** Bring the frame's prices to the week's: the policy's, plus the rise in force. */
export function setWeekPrices(frame: Frame): void {
  const rise = frame.context.priceRise;
  frame.prices[FELT_PRICE] = frame.policy.feltPrice + rise;
  frame.prices[FELT_PRICE_MEMBER] = frame.policy.feltPriceMember + rise;
  frame.prices[PRICE_LEVEL] = 1 + rise;
}

export interface Frame {
  readonly population: Population;
  readonly params: Params;
  readonly policy: Policy;
  readonly story: StoryBook;
  /** Totals of the week being stepped (see totals.ts). */
  out: Float64Array;
  context: WeekContext;
  /** Scratch record of the person being stepped. */
  readonly person: PersonWeek;
  /**
   * The week's felt prices and price level (slots FELT_PRICE, FELT_PRICE_MEMBER, PRICE_LEVEL),
   * kept in a typed array set once a week, so that the people's steps read them without going
   * through the week's context object.
   */
  readonly prices: Float64Array;
  /** Every purchase of the run, when the run asked for its transaction log (transactionLog.ts). */
  readonly transactions: TransactionLog;
}

/** True when the person's story is being recorded. */
export function isTraced(frame: Frame, offset: number): boolean {
  return (frame.population.flags[offset] & Flag.traced) !== 0;
}
