/**
 * Firing customers (S1.Q, S0.K5). Every FIRING_REVIEW_WEEKS the company ends relations with the
 * customers its rule picks (firing.rule):
 *   unprofitable  a customer of at least MIN_TENURE_WEEKS whose yearly margin is below what caring
 *                 for them costs a year: spending over the last year (annualised for shorter
 *                 tenures) × gross margin < care per customer and week × 52;
 *   abusive       a customer who abuses staff (a fixed trait, market.abusiveShare of people).
 * A fired customer never returns (state `fired`); their points are cancelled (booked as
 * breakage), and they leave angry: they warn others off like an angry leaver. While abusive
 * customers are served, the strain on staff lowers the quality delivered to everyone (context.ts):
 * quality shift −= abuseStrain × abusive customers / customers. Money in dollars.
 */
import { pow } from '../math/index.ts';
import { isTraced, type Frame } from './frame.ts';
import { POINT_SLOTS } from './population.ts';
import { YEAR_DECAY } from './purchases.ts';
import { careCentsPerCustomer } from './reinvestment.ts';
import { Flag, State } from './states.ts';
import { T } from './totals.ts';

/** Weeks between the company's reviews of whom to fire. */
export const FIRING_REVIEW_WEEKS = 13;
/** A customer's year of spending is judged only after this many weeks with us. */
export const MIN_TENURE_WEEKS = 26;

function unprofitable(frame: Frame, offset: number): boolean {
  const population = frame.population;
  const week = frame.context.week;
  const tenure = week - population.stateSince[offset];
  if (tenure < MIN_TENURE_WEEKS) return false;
  // The year's spending is an exponential average that starts at 0 when a customer joins.
  const filled = 1 - pow(YEAR_DECAY, tenure);
  const margin = (population.yearSpend[offset] / filled) * frame.params['purchases.grossMargin'];
  return margin < (careCentsPerCustomer(frame.params, week) * 52) / 100;
}

/** The firing review of one customer (in review weeks). */
export function firingWeek(frame: Frame, offset: number): void {
  const population = frame.population;
  const rule = frame.params['firing.rule'];
  const abusive = (population.flags[offset] & Flag.abusive) !== 0;
  let why: 'abusive' | 'unprofitable' | null = null;
  if (rule !== 'unprofitable' && abusive) why = 'abusive';
  else if (rule !== 'abusive' && unprofitable(frame, offset)) why = 'unprofitable';
  if (why === null) return;

  const out = frame.out;
  population.state[offset] = State.fired;
  population.stateSince[offset] = frame.context.week;
  out[T.leftFired] += 1;
  let flags = population.flags[offset] | Flag.detractor;
  if ((flags & Flag.clubMember) !== 0) {
    flags &= ~Flag.clubMember;
    out[T.clubLeaves] += 1;
  }
  population.flags[offset] = flags;
  out[T.breakageCents] += cancelPoints(frame, offset);
  if (isTraced(frame, offset)) frame.story.add(population.start + offset, { week: frame.context.week, kind: 'fired', why });
}

/** Cancel every point a fired customer holds; returns the points cancelled. */
function cancelPoints(frame: Frame, offset: number): number {
  const population = frame.population;
  const balance = population.pointsBalance[offset];
  if (balance === 0) return 0;
  population.pointSlots.fill(0, offset * POINT_SLOTS, (offset + 1) * POINT_SLOTS);
  population.pointsBalance[offset] = 0;
  return balance;
}
