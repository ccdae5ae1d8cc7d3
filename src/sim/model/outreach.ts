/**
 * Keeping in touch (S2.R5, S0.K2, S0.K3): cards, calls or letters to prospects and to customers,
 * n a year each, spread evenly through the year from the person's birthday week (n = 1: a birthday
 * card). Every touch costs outreach.costPerTouch, whether or not it arrives; a share lands in spam
 * and never reaches the person. A tracked channel is cleaned: its spam share halves every
 * CLEANING_HALF_LIFE_WEEKS.
 *
 *   touch week      ((week − birthday week) mod 52) × n mod 52 < n
 *   a prospect      reached by their k-th touch joins with chance responsePerTouch × min(k, TOUCHES_TO_TRUST)
 *   a customer      reached by a touch gains customerLift satisfaction points
 * Money in cents; touches received are a person's record (at most 255).
 */
import { pow } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { refreshHazards } from './leaving.ts';
import { T } from './totals.ts';

/** Touches after which more touches no longer make a prospect likelier to answer (S2.R5: the eighth card). */
export const TOUCHES_TO_TRUST = 8;
/** Weeks in which a tracked channel's spam share halves. */
export const CLEANING_HALF_LIFE_WEEKS = 13;
const WEEKS_PER_YEAR = 52;
const MAX_TOUCHES = 255;

const TOUCHES_SENT = T.touchesSent;
const TOUCHES_DELIVERED = T.touchesDelivered;
const OUTREACH = T.outreachCents;

/** True when a person with this birthday week gets one of their n touches a year this week. */
export function isTouchWeek(week: number, birthdayWeek: number, perYear: number): boolean {
  const phase = (((week - birthdayWeek) % WEEKS_PER_YEAR) + WEEKS_PER_YEAR) % WEEKS_PER_YEAR;
  return (phase * perYear) % WEEKS_PER_YEAR < perYear;
}

/** Share of touches that land in spam in `week`. */
export function spamShareAt(params: Params, week: number): number {
  const spam = params['outreach.spamShare'];
  if (spam <= 0 || !params['outreach.tracked']) return spam;
  return spam * pow(0.5, Math.max(0, week) / CLEANING_HALF_LIFE_WEEKS);
}

/** True when the run sends any touches (and so pays for tracking, if the channel is tracked). */
export function outreachOn(params: Params): boolean {
  return params['outreach.prospectTouchesPerYear'] > 0 || params['outreach.customerTouchesPerYear'] > 0;
}

/** Send the person a touch: book its cost; returns whether it reached them (and counts it). */
export function sendTouch(frame: Frame, offset: number, base: number): boolean {
  const out = frame.out;
  out[TOUCHES_SENT] += 1;
  out[OUTREACH] += Math.round(frame.params['outreach.costPerTouch'] * 100);
  const spam = frame.context.spamShare;
  const delivered = spam <= 0 || drawBits(base, Purpose.touchDelivered) * BITS_TO_UNIT >= spam;
  const population = frame.population;
  if (delivered) {
    out[TOUCHES_DELIVERED] += 1;
    if (population.touches[offset] < MAX_TOUCHES) population.touches[offset] += 1;
  }
  if (isTraced(frame, offset)) frame.story.add(population.start + offset, { week: frame.context.week, kind: 'touched', delivered });
  return delivered;
}

/** A prospect reached by a touch answers it with a chance that grows with the touches received. */
export function answersTouch(frame: Frame, offset: number, base: number): boolean {
  const chance = frame.params['outreach.responsePerTouch'] * Math.min(frame.population.touches[offset], TOUCHES_TO_TRUST);
  return drawBits(base, Purpose.touchResponse) * BITS_TO_UNIT < chance;
}

/** A customer's touch of the week: it costs, and if it arrives they feel remembered. */
export function touchCustomer(frame: Frame, offset: number, base: number): void {
  if (!sendTouch(frame, offset, base)) return;
  frame.population.satisfaction[offset] += frame.params['outreach.customerLift'];
  refreshHazards(frame, offset);
}
