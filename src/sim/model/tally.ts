/**
 * End-of-week counting of the people into the totals: their state, cohort, satisfaction band,
 * word-of-mouth role, club membership, share of wallet and points outstanding. Satisfaction bands
 * (points): very low < −2 ≤ low < −0.5 ≤ neutral < 0.5 ≤ high < 2 ≤ very high. A customer is a
 * promoter above wordOfMouth.promoterThreshold and a detractor below wordOfMouth.detractorThreshold;
 * a former customer who left angry (a fired customer too) is a detractor for DETRACTOR_MEMORY_WEEKS
 * weeks after leaving. Abusive customers (firing.ts) are counted for the strain they put on staff.
 *
 * The counts are kept up to date rather than recounted: in a typical week most people's record
 * does not change (prospects stay prospects, most customers buy nothing), and counting everyone
 * every week took a fifth of a run's time. A person's full week (shard.ts) starts with `remember`
 * and ends with `recount`, which subtracts what they counted for and adds what they count for now
 * when something counted has changed; weeks in which nothing can change skip both. Every count is a whole number (satisfaction and share of wallet
 * in rounded thousandths, points in cents), so the running sums are exact: the totals are
 * bit-identical to counting everybody afresh each week, in any layout of shards. Angry former
 * customers are kept by their week of leaving in a ring of DETRACTOR_MEMORY_WEEKS weeks, so that
 * they stop counting when their memory runs out without anybody being visited.
 */
import type { Params } from '../params/schema.ts';
import type { Population } from './population.ts';
import { Flag, State } from './states.ts';
import { preRunCustomersIndex, promotersIndex } from './tenure.ts';
import { addTotals, cohortIndex, T } from './totals.ts';

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
const FIRED = T.fired;
const ABUSIVE = T.abusiveCustomers;
const PROMOTERS = T.promoters;
const DETRACTORS = T.detractors;
const CLUB_MEMBERS = T.clubMembers;
const CLUB_PROMOTERS = T.clubPromoters;
const CLUB_PROMOTERS_MASS = T.clubPromotersMass;
const SAT_VERY_LOW = T.satVeryLow;
const SAT_LOW = T.satLow;
const SAT_NEUTRAL = T.satNeutral;
const SAT_HIGH = T.satHigh;
const SAT_VERY_HIGH = T.satVeryHigh;
const SAT_MILLI = T.satisfactionMilli;
const WALLET_MILLI = T.walletMilli;
const POINTS_OUTSTANDING = T.pointsOutstandingCents;
/** Slots of Tally.fractions. */
const SATISFACTION = 0;
const WALLET = 1;
/** Neither promoter nor detractor. */
const NO_ROLE = -1;

/**
 * A share of wallet as it is counted into the totals: in whole thousandths, rounded half up.
 * The same as Math.round(share × 1000) for a share in [0, 1] held as a 32-bit float (the product
 * and the added half are exact in 64 bits), at a quarter of the cost: every quiet customer-week in
 * split mode counts one.
 */
export function walletMilli(share: number): number {
  return (share * 1000 + 0.5) | 0;
}

function bandField(satisfaction: number): number {
  if (satisfaction < -2) return SAT_VERY_LOW;
  if (satisfaction < -0.5) return SAT_LOW;
  if (satisfaction < 0.5) return SAT_NEUTRAL;
  if (satisfaction < 2) return SAT_HIGH;
  return SAT_VERY_HIGH;
}

function ringSlot(week: number): number {
  return ((week % DETRACTOR_MEMORY_WEEKS) + DETRACTOR_MEMORY_WEEKS) % DETRACTOR_MEMORY_WEEKS;
}

export class Tally {
  /** What the people count for as they stand now, laid out as a totals vector (movements stay 0). */
  private readonly standing: Float64Array;
  /** Angry former customers who still count, by week of leaving (ring slot ringSlot(week)). */
  private readonly angry = new Float64Array(DETRACTOR_MEMORY_WEEKS);
  private readonly promoterThreshold: number;
  private readonly detractorThreshold: number;
  private week = -1;
  // The counted record of the person being stepped, as `remember` found it. Its fractions are
  // kept in a typed array rather than in fields, so that the fields' kinds never change (see
  // Shard.shapeKeeper).
  private state = 0;
  private flags = 0;
  private premium = 0;
  private since = 0;
  private balance = 0;
  private readonly fractions = new Float64Array(2);

  constructor(length: number, params: Params) {
    this.standing = new Float64Array(length);
    this.promoterThreshold = params['wordOfMouth.promoterThreshold'];
    this.detractorThreshold = params['wordOfMouth.detractorThreshold'];
  }

  /** Count every person afresh: the starting market, as at the end of `week`. */
  countAll(population: Population, week: number): void {
    this.standing.fill(0);
    this.angry.fill(0);
    this.week = week;
    for (let offset = 0; offset < population.count; offset++) {
      this.remember(population, offset);
      this.count(1);
    }
  }

  /** A new week: the people who left angry DETRACTOR_MEMORY_WEEKS weeks ago stop counting. */
  startWeek(week: number): void {
    this.week = week;
    this.angry[ringSlot(week)] = 0;
  }

  /** Note what the person counts for now, before their week changes anything. */
  remember(population: Population, offset: number): void {
    this.state = population.state[offset];
    this.flags = population.flags[offset];
    this.premium = population.premium[offset];
    this.since = population.stateSince[offset];
    this.fractions[SATISFACTION] = population.satisfaction[offset];
    this.fractions[WALLET] = population.walletShare[offset];
    this.balance = population.pointsBalance[offset];
  }

  /** After the person's week: bring what they count for up to date, if anything counted has changed. */
  recount(population: Population, offset: number): void {
    if (
      population.state[offset] !== this.state ||
      population.flags[offset] !== this.flags ||
      population.stateSince[offset] !== this.since
    ) {
      this.countAgain(population, offset);
    } else if (
      population.satisfaction[offset] !== this.fractions[SATISFACTION] ||
      population.pointsBalance[offset] !== this.balance ||
      population.walletShare[offset] !== this.fractions[WALLET]
    ) {
      this.move(population, offset);
    }
  }

  private countAgain(population: Population, offset: number): void {
    this.count(-1);
    this.remember(population, offset);
    this.count(1);
  }

  /**
   * The same state and flags: only points, satisfaction and share of wallet have moved. Moving
   * just those (rather than taking the person away and adding them again) is the common case of a
   * customer who bought something, so it is kept short.
   */
  private move(population: Population, offset: number): void {
    const standing = this.standing;
    const balance = population.pointsBalance[offset];
    if (balance !== this.balance) standing[POINTS_OUTSTANDING] += balance - this.balance;
    if (this.state !== State.customer) return;
    const before = this.fractions[SATISFACTION];
    const satisfaction = population.satisfaction[offset];
    if (satisfaction !== before) {
      standing[SAT_MILLI] += Math.round(satisfaction * 1000) - Math.round(before * 1000);
      const band = bandField(satisfaction);
      const bandBefore = bandField(before);
      if (band !== bandBefore) {
        standing[bandBefore] -= 1;
        standing[band] += 1;
      }
      const role = this.roleField(satisfaction);
      const roleBefore = this.roleField(before);
      if (role !== roleBefore) {
        const member = (this.flags & Flag.clubMember) !== 0;
        if (roleBefore !== NO_ROLE) standing[roleBefore] -= 1;
        if (role !== NO_ROLE) standing[role] += 1;
        if (roleBefore === PROMOTERS) standing[promotersIndex(this.since)] -= 1;
        if (role === PROMOTERS) standing[promotersIndex(this.since)] += 1;
        if (member && roleBefore === PROMOTERS) standing[this.clubPromoterField()] -= 1;
        if (member && role === PROMOTERS) standing[this.clubPromoterField()] += 1;
      }
    }
    const wallet = population.walletShare[offset];
    const walletBefore = this.fractions[WALLET];
    if (wallet !== walletBefore) standing[WALLET_MILLI] += walletMilli(wallet) - walletMilli(walletBefore);
  }

  /**
   * Customers' quiet weeks (shard.ts) moved only their shares of wallet, by `milli` thousandths in
   * all (each share counted by walletMilli): the same change to the totals as `move` would make.
   */
  shiftWallet(milli: number): void {
    this.standing[WALLET_MILLI] += milli;
  }

  /** A prospect became a customer this week. (A prospect counts only as one prospect: they hold no points.) */
  joined(population: Population, offset: number): void {
    this.standing[PROSPECTS] -= 1;
    this.remember(population, offset);
    this.count(1);
  }

  /** Add the standing counts of this week to the week's totals. */
  addTo(out: Float64Array): void {
    addTotals(out, this.standing);
    let angry = 0;
    for (let slot = 0; slot < DETRACTOR_MEMORY_WEEKS; slot++) angry += this.angry[slot];
    out[DETRACTORS] += angry;
  }

  /** Add (sign 1) or take away (sign −1) what the remembered record counts for. */
  private count(sign: number): void {
    const out = this.standing;
    const flags = this.flags;
    out[POINTS_OUTSTANDING] += sign * this.balance;
    if (this.state === State.prospect) {
      out[PROSPECTS] += sign;
      return;
    }
    if (this.state === State.lapsed || this.state === State.fired) {
      out[this.state === State.lapsed ? LAPSED : FIRED] += sign;
      if ((flags & Flag.lostForever) !== 0) out[LOST_FOREVER] += sign;
      const angry = (flags & Flag.detractor) !== 0;
      if (angry && this.week - this.since < DETRACTOR_MEMORY_WEEKS) this.angry[ringSlot(this.since)] += sign;
      return;
    }
    const satisfaction = this.fractions[SATISFACTION];
    out[CUSTOMERS] += sign;
    out[cohortIndex(cohortOf(this.since))] += sign;
    if (this.since < 0) out[preRunCustomersIndex(this.since)] += sign;
    out[bandField(satisfaction)] += sign;
    out[SAT_MILLI] += sign * Math.round(satisfaction * 1000);
    out[WALLET_MILLI] += sign * walletMilli(this.fractions[WALLET]);
    const member = (flags & Flag.clubMember) !== 0;
    if (member) out[CLUB_MEMBERS] += sign;
    if ((flags & Flag.abusive) !== 0) out[ABUSIVE] += sign;
    const role = this.roleField(satisfaction);
    if (role !== NO_ROLE) out[role] += sign;
    if (role === PROMOTERS) out[promotersIndex(this.since)] += sign;
    if (member && role === PROMOTERS) out[this.clubPromoterField()] += sign;
  }

  /** Promoting members are counted by segment: the club lifts a mass member's referrals less. */
  private clubPromoterField(): number {
    return this.premium === 1 ? CLUB_PROMOTERS : CLUB_PROMOTERS_MASS;
  }

  /** The count a customer of this satisfaction adds to in word of mouth, or NO_ROLE. */
  private roleField(satisfaction: number): number {
    if (satisfaction > this.promoterThreshold) return PROMOTERS;
    if (satisfaction < this.detractorThreshold) return DETRACTORS;
    return NO_ROLE;
  }
}
