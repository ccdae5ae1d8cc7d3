/**
 * End-of-week counting of one person into the totals: their state, cohort, satisfaction band,
 * word-of-mouth role, club membership, share of wallet and points outstanding. Satisfaction bands
 * (points): very low < −2 ≤ low < −0.5 ≤ neutral < 0.5 ≤ high < 2 ≤ very high.
 */
import type { Frame } from './frame.ts';
import { Flag, State } from './states.ts';
import { cohortIndex, T } from './totals.ts';

/** Weeks a customer who left angry goes on warning others (detractor). */
export const DETRACTOR_MEMORY_WEEKS = 26;
/** Weeks per cohort of joining; cohort 0 holds the customers who joined before the run. */
export const COHORT_WEEKS = 13;

export function cohortOf(joinWeek: number): number {
  return joinWeek < 0 ? 0 : 1 + Math.floor(joinWeek / COHORT_WEEKS);
}

const PROSPECTS = T.prospects;
const CUSTOMERS = T.customers;
const LAPSED = T.lapsed;
const LOST_FOREVER = T.lostForever;
const PROMOTERS = T.promoters;
const DETRACTORS = T.detractors;
const CLUB_MEMBERS = T.clubMembers;
const CLUB_PROMOTERS = T.clubPromoters;
const SAT_BANDS = [T.satVeryLow, T.satLow, T.satNeutral, T.satHigh, T.satVeryHigh];
const SAT_MILLI = T.satisfactionMilli;
const WALLET_MILLI = T.walletMilli;
const POINTS_OUTSTANDING = T.pointsOutstandingCents;

function band(satisfaction: number): number {
  if (satisfaction < -2) return 0;
  if (satisfaction < -0.5) return 1;
  if (satisfaction < 0.5) return 2;
  if (satisfaction < 2) return 3;
  return 4;
}

export function tallyPerson(frame: Frame, offset: number): void {
  const population = frame.population;
  const params = frame.params;
  const out = frame.out;
  const state = population.state[offset];
  const flags = population.flags[offset];
  out[POINTS_OUTSTANDING] += population.pointsBalance[offset];
  if (state === State.prospect) {
    out[PROSPECTS] += 1;
    return;
  }
  if (state === State.lapsed) {
    out[LAPSED] += 1;
    if ((flags & Flag.lostForever) !== 0) out[LOST_FOREVER] += 1;
    const angry = (flags & Flag.detractor) !== 0;
    if (angry && frame.context.week - population.stateSince[offset] < DETRACTOR_MEMORY_WEEKS) out[DETRACTORS] += 1;
    return;
  }
  out[CUSTOMERS] += 1;
  out[cohortIndex(cohortOf(population.stateSince[offset]))] += 1;
  const satisfaction = population.satisfaction[offset];
  out[SAT_BANDS[band(satisfaction)]] += 1;
  out[SAT_MILLI] += Math.round(satisfaction * 1000);
  out[WALLET_MILLI] += Math.round(population.walletShare[offset] * 1000);
  const member = (flags & Flag.clubMember) !== 0;
  if (member) out[CLUB_MEMBERS] += 1;
  if (satisfaction > params['wordOfMouth.promoterThreshold']) {
    out[PROMOTERS] += 1;
    if (member) out[CLUB_PROMOTERS] += 1;
  } else if (satisfaction < params['wordOfMouth.detractorThreshold']) {
    out[DETRACTORS] += 1;
  }
}
