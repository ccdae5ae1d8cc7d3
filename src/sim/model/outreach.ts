/**
 * Keeping in touch (S2.R5, S0.K2, S0.K3): cards, calls or letters to prospects and to customers,
 * n a year each, spread evenly through the year from the person's birthday week (n = 1: a birthday
 * card). Every touch costs outreach.costPerTouch, whether or not it arrives; a share lands in spam
 * and never reaches the person. A tracked channel is cleaned: its spam share halves every
 * CLEANING_HALF_LIFE_WEEKS. Touches wear out and annoy when they come often, and each one that
 * arrives may make the person ask for no more (Flag.unsubscribed).
 *
 *   touch week      ((week − birthday week) mod 52) × n mod 52 < n
 *   worth           w(n) = h / (h + n − 1)         h = saturationTouches: a year of a customer's
 *                                                  touches is worth at most h single touches (wear-out)
 *   excess          x(n) = max(0, 1 − tolerable / n), the share of touches beyond a tolerable frequency
 *   unsubscribing   a touch that arrives makes the person unsubscribe with chance unsubscribePerTouch,
 *                   and then does nothing else; they are sent no more touches
 *   a prospect      reached by their k-th touch joins with chance
 *                   responsePerTouch × min(k, TOUCHES_TO_TRUST) × (1 − x(n)) / n   (an annoyed one does not answer)
 *   a customer      reached by a touch: satisfaction lifted by customerLift × w(n) − annoyance × x(n)
 * Money in cents; touches received are a person's record (at most 255).
 */
import { pow } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { refreshHazards } from './leaving.ts';
import { liftedSatisfaction } from './satisfactionScale.ts';
import { Flag } from './states.ts';
import { T } from './totals.ts';

/** Touches after which more touches no longer make a prospect likelier to answer (S2.R5: the eighth card). */
export const TOUCHES_TO_TRUST = 8;
/** Weeks in which a tracked channel's spam share halves. */
export const CLEANING_HALF_LIFE_WEEKS = 13;
const WEEKS_PER_YEAR = 52;
const MAX_TOUCHES = 255;

const TOUCHES_SENT = T.touchesSent;
const TOUCHES_DELIVERED = T.touchesDelivered;
const UNSUBSCRIBES = T.unsubscribes;
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

/** w(n): what one of n touches a year is worth against a single touch a year (1 at n = 1). */
export function touchWorth(params: Params, perYear: number): number {
  const saturation = params['outreach.saturationTouches'];
  return saturation / (saturation + Math.max(0, perYear - 1));
}

/** x(n): the share of n touches a year that come beyond the tolerable frequency and annoy. */
export function excessShare(params: Params, perYear: number): number {
  const tolerable = params['outreach.tolerableTouchesPerYear'];
  return perYear > tolerable ? 1 - tolerable / perYear : 0;
}

/** The satisfaction points a customer's touch moves them by, at n touches a year (negative: annoyed). */
export function customerTouchLift(params: Params, perYear: number): number {
  return params['outreach.customerLift'] * touchWorth(params, perYear) - params['outreach.annoyance'] * excessShare(params, perYear);
}

/**
 * A prospect's chance of answering a touch, per touch received so far, at n touches a year. The
 * year's touches together carry one touch's chance (the chance is divided by n): more frequent
 * touches only build familiarity sooner. Why: with a chance that grows with the touches received,
 * any slower wear-out makes the answers grow faster than the touches' cost at low frequencies, so
 * that one card a year would lose money while four would make it (increasing returns), where the
 * evidence finds response concave from the first exposure (Simon & Arndt 1980).
 */
export function prospectResponse(params: Params, perYear: number): number {
  return (params['outreach.responsePerTouch'] * (1 - excessShare(params, perYear))) / Math.max(1, perYear);
}

/**
 * Send the person a touch: book its cost; returns whether it reached them and was heard (counting
 * it). A touch that arrives and makes them unsubscribe is not heard: they ask for no more.
 */
export function sendTouch(frame: Frame, offset: number, base: number): boolean {
  const out = frame.out;
  out[TOUCHES_SENT] += 1;
  out[OUTREACH] += Math.round(frame.params['outreach.costPerTouch'] * 100);
  const spam = frame.context.spamShare;
  const delivered = spam <= 0 || drawBits(base, Purpose.touchDelivered) * BITS_TO_UNIT >= spam;
  const population = frame.population;
  const traced = isTraced(frame, offset);
  if (traced) frame.story.add(population.start + offset, { week: frame.context.week, kind: 'touched', delivered });
  if (!delivered) return false;
  out[TOUCHES_DELIVERED] += 1;
  if (population.touches[offset] < MAX_TOUCHES) population.touches[offset] += 1;
  const unsubscribe = frame.params['outreach.unsubscribePerTouch'];
  if (unsubscribe > 0 && drawBits(base, Purpose.unsubscribe) * BITS_TO_UNIT < unsubscribe) {
    population.flags[offset] |= Flag.unsubscribed;
    out[UNSUBSCRIBES] += 1;
    if (traced) frame.story.add(population.start + offset, { week: frame.context.week, kind: 'unsubscribed' });
    return false;
  }
  return true;
}

/** A prospect reached by a touch answers it with a chance that grows with the touches received. */
export function answersTouch(frame: Frame, offset: number, base: number, perYear: number): boolean {
  const chance = prospectResponse(frame.params, perYear) * Math.min(frame.population.touches[offset], TOUCHES_TO_TRUST);
  return drawBits(base, Purpose.touchResponse) * BITS_TO_UNIT < chance;
}

/** A customer's touch of the week: it costs, and if it arrives they feel remembered, or pestered. */
export function touchCustomer(frame: Frame, offset: number, base: number, perYear: number): void {
  if (!sendTouch(frame, offset, base)) return;
  const satisfaction = frame.population.satisfaction;
  satisfaction[offset] = liftedSatisfaction(satisfaction[offset], customerTouchLift(frame.params, perYear));
  refreshHazards(frame, offset);
}
