/**
 * A shard: the people with global ids [start, start + count) and their weekly step. A run is one
 * shard or several (in workers); because every draw is keyed by the person and every total is an
 * integer, the layout never changes a number.
 *
 * The order of a person's week is written out below, top to bottom, by the state they start the
 * week in, following the design: acquisition and referrals (prospects) → purchases (discounts,
 * points earned and redeemed) → service experience, failures and complaints → satisfaction →
 * price change (feeling cheated) → points burning → competitor and leaving, or winning back →
 * company events (the club, firing, keeping in touch) → counting into the totals (tally.ts).
 * Company-wide events of the week (a price rise) come first; the company-level money (listening,
 * reinvestment) is booked by the coordinator (company.ts).
 */
import { defaultParams, type Params } from '../params/schema.ts';
import { BITS_TO_UNIT, drawBits, weekBase } from '../random/counterHash.ts';
import { poissonSurelyZero } from '../random/distributions.ts';
import { Purpose } from '../random/purposes.ts';
import { burnPoints } from './bonusBank.ts';
import { regretBurnedPoints } from './bonusBankRegret.ts';
import { clubWeek } from './club.ts';
import { startingContext, type WeekContext } from './context.ts';
import { experienceWeek } from './experience.ts';
import { emptyPersonWeek, FELT_PRICE, isTraced, resetPersonWeek, setWeekPrices, startingPrices, type Frame } from './frame.ts';
import { firingWeek } from './firing.ts';
import { joinByTouch, joiningBound, lapsedWeek, lostForever, prospectWeek, winBackChance } from './joining.ts';
import { tellSecondLine } from './listening.ts';
import { leaveAfterDropout, leavingWeek, quietLeavingBound, refreshHazards } from './leaving.ts';
import { answersTouch, isTouchWeek, sendTouch, touchCustomer } from './outreach.ts';
import { derivePolicy } from './policy.ts';
import { Population } from './population.ts';
import { applyPriceRise, priceChangeWeek } from './priceChange.ts';
import { priceResponseBound } from './priceResponse.ts';
import { decayYearSpend, purchaseMean, purchaseWeek } from './purchases.ts';
import { bondBySince, effectBySinceTable, fillEffectBySince, grownRate, heldSensitivity } from './relationship.ts';
import { Flag, State } from './states.ts';
import { StateLog, type StateSample } from './stateLog.ts';
import { StoryBook, type StoryEvent } from './story.ts';
import { Tally, walletMilli } from './tally.ts';
import { weekQuarter } from './tenure.ts';
import { T, totalsLength } from './totals.ts';
import { TransactionLog, type TransactionTable } from './transactionLog.ts';
import { drawNewcomer, drawPerson } from './traits.ts';

const BREAKAGE = T.breakageCents;
const LEFT_MOVED = T.leftMoved;
const CLUB_LEAVES = T.clubLeaves;
const CLUB_MEMBER = Flag.clubMember;
const UNSUBSCRIBED = Flag.unsubscribed;
const PROSPECT = State.prospect;
const CUSTOMER = State.customer;
const LAPSED = State.lapsed;
// The draws the screens in `step` share with the full weeks.
const ACQUISITION = Purpose.acquisition;
const PURCHASE_COUNT = Purpose.purchaseCount;
const LEAVING = Purpose.leaving;
const WIN_BACK = Purpose.winBack;

export interface ShardSpec {
  params: Params;
  runKey: number;
  start: number;
  count: number;
  cohorts: number;
  /** Global ids of the people whose stories are recorded (those outside the shard are ignored). */
  traced: readonly number[];
  /** Global ids of the people whose weekly states are logged (stateLog.ts); others are ignored. */
  sampled: readonly number[];
  /** Record every purchase (transactionLog.ts). */
  transactions?: boolean;
  /** Live every customer-week in full, without the quiet-week screen: tests compare the two. */
  everyCustomerWeek?: boolean;
}

export class Shard {
  /**
   * An empty shard kept for the life of the program. Why: the engine's optimised code for the
   * weekly step depends on the hidden classes (shapes) of a shard's objects, and a shape that no
   * live object has can be collected with the last run's shards. The next run then began by
   * throwing the optimised code away and compiling it again, which in the classroom case took as
   * long as the run. The keeper's shapes are the working shards' because a shard's objects hold
   * the same kinds of values in their fields from birth (fractions live in typed arrays).
   */
  static readonly shapeKeeper = new Shard({ params: defaultParams(), runKey: 0, start: 0, count: 0, cohorts: 1, traced: [], sampled: [] });

  private readonly frame: Frame;
  /** False when every customer-week is lived in full (ShardSpec.everyCustomerWeek). */
  private readonly screensCustomers: boolean;
  private readonly tally: Tally;
  private readonly stateLog: StateLog;
  /** The run's key, for the traits of newcomers (catchment.ts). */
  private readonly runKey: number;
  /** S(q) by week of joining for the quarter `effectQuarter` (relationship.ts), for the quiet-week screen. */
  private readonly effectBySince = effectBySinceTable();
  private effectQuarter = Number.NaN;

  constructor(spec: ShardSpec) {
    this.runKey = spec.runKey;
    this.screensCustomers = spec.everyCustomerWeek !== true;
    const population = new Population(spec.start, spec.count);
    const policy = derivePolicy(spec.params);
    const mine = spec.traced.filter((id) => id >= spec.start && id < spec.start + spec.count);
    this.frame = {
      population,
      params: spec.params,
      policy,
      story: new StoryBook(mine),
      out: new Float64Array(totalsLength(spec.cohorts)),
      context: startingContext(spec.params),
      person: emptyPersonWeek(),
      prices: startingPrices(policy),
      transactions: new TransactionLog(spec.transactions === true),
    };
    this.tally = new Tally(totalsLength(spec.cohorts), spec.params);
    this.stateLog = new StateLog(population, spec.sampled);
    for (let offset = 0; offset < spec.count; offset++) drawPerson(population, offset, spec.runKey, spec.params, policy);
    for (const id of mine) population.flags[id - spec.start] |= Flag.traced;
    for (let offset = 0; offset < spec.count; offset++) {
      if (population.state[offset] === State.customer) refreshHazards(this.frame, offset);
    }
  }

  /** Totals of the starting market, counted as at the end of week −1. */
  initialTotals(): Float64Array {
    const frame = this.frame;
    frame.out.fill(0);
    frame.context = startingContext(frame.params);
    this.tally.countAll(frame.population, frame.context.week);
    this.tally.addTo(frame.out);
    this.stateLog.record(frame.population);
    return frame.out.slice();
  }

  /**
   * Step every person of the shard through one week; returns the week's totals.
   *
   * In most person-weeks nothing happens: a prospect does not join, a former customer is not won
   * back, a customer buys nothing and stays. The loop screens for these weeks first. Each screen
   * asks the full week's question with the same draw and the same formula, against the real chance
   * or a bound never below it, so a week that passes its screen is exactly the week the full step
   * would have lived; a week that does not pass is lived in full, where the question is asked again.
   * Why: these weeks are most of a run, and the full steps (functions reading everything through
   * the frame) cost several times more than the questions. The screens read the week's numbers and
   * the people's arrays from local variables and call only tiny functions the engine inlines.
   *
   *   prospect         stays a prospect when the acquisition draw ≥ joiningBound (joining.ts)
   *   former customer  stays away when none of their points burn this week, and they are lost for
   *                    ever or the win-back draw ≥ winBackChance (joining.ts)
   *   customer         has a quiet week when nothing but buying and leaving could happen (none of
   *                    their points burn or are under a reminder to spend them; they are not in
   *                    the club, whose members' costs are booked weekly; not a club or firing
   *                    review week), they buy nothing
   *                    (poissonSurelyZero, at a bound of the price response never below it,
   *                    priceResponse.ts) and they stay (quietLeavingBound, leaving.ts). The year's
   *                    spending decays as in every customer-week and, in split mode, the share of
   *                    wallet takes its weekly step (shiftedWalletShare, leaving.ts, written out in
   *                    the loop; counted into the totals by Tally.shiftWallet after the loop);
   *                    nothing else changes. With no
   *                    purchase there is no dropout either (dropout.ts) and nothing to log.
   */
  step(context: WeekContext): Float64Array {
    const { population, params, policy } = this.frame;
    this.frame.context = context;
    const out = this.frame.out;
    out.fill(0);
    const count = population.count;
    const week = context.week;
    const { state: states, randomKey: keys, flags, pointsBalance: balances, marketingAppeal, rivalPull } = population;
    const { contactsRatio: contacts, purchaseRate, priceSensitivity, walletShare, driftHazard } = population;
    const { stateSince, satisfaction, moveWeek: moveWeeks } = population;
    const { paidChance, referralPressure } = context;
    const winBackRate = params['competitor.winBackRate'];
    const burning = context.burningSlot >= 0;
    const reminding = policy.bonusOn && context.weeksToNextBurn < params['bonusBank.reminderWeeks'];
    const quietPossible = this.screensCustomers && context.clubReview === 0 && context.firingReview === 0;
    const split = policy.split;
    const splitFactor = split ? params['competitor.splitLeaveFactor'] : 1;
    const walletWeight = params['competitor.walletWeight'];
    const walletAdjustment = params['competitor.walletAdjustment'];
    const elasticity = params['purchases.priceElasticity'];
    const maxPriceLift = params['purchases.maxPriceLift'];
    const relationshipOn = policy.relationshipOn;
    const tenureCurve = policy.tenureCurve;
    const nowQuarter = weekQuarter(week);
    const effectBySince = this.effectBySince;
    if (relationshipOn && nowQuarter !== this.effectQuarter) {
      fillEffectBySince(effectBySince, tenureCurve, nowQuarter);
      this.effectQuarter = nowQuarter;
    }
    const spendGrowth = params['relationship.spendGrowth'];
    const priceTolerance = params['relationship.priceTolerance'];
    setWeekPrices(this.frame);
    const feltPrice = this.frame.prices[FELT_PRICE];
    // At list price the response is exactly 1 (priceResponseBound), whatever the sensitivity.
    const atListPrice = feltPrice === 1;
    const baseHazard = params['competitor.baseHazard'];
    const campaignFactor = context.campaignActive ? params['competitor.campaignStrength'] : 1;
    this.tally.startWeek(week);
    if (context.priceRiseNow) applyPriceRise(this.frame);
    // The quiet weeks' shifts of the share of wallet, counted into the totals after the loop.
    let walletMilliShift = 0;

    for (let offset = 0; offset < count; offset++) {
      if (moveWeeks[offset] === week) {
        this.moveAway(offset);
        continue;
      }
      const base = weekBase(keys[offset], week);
      const state = states[offset];
      if (state === PROSPECT) {
        const bound = joiningBound(paidChance, referralPressure, marketingAppeal[offset], contacts[offset]);
        if (bound === 0 || drawBits(base, ACQUISITION) * BITS_TO_UNIT >= bound) continue;
        this.stepProspect(offset, base);
      } else if (state === CUSTOMER) {
        const balance = balances[offset];
        if (quietPossible && !(balance > 0 && (burning || reminding)) && (flags[offset] & CLUB_MEMBER) === 0) {
          const bond = relationshipOn ? bondBySince(effectBySince, tenureCurve, nowQuarter, stateSince[offset], satisfaction[offset]) : 0;
          const response = atListPrice
            ? 1
            : priceResponseBound(elasticity, heldSensitivity(priceSensitivity[offset], priceTolerance, bond), feltPrice, maxPriceLift);
          const mean = purchaseMean(grownRate(purchaseRate[offset], spendGrowth, bond), response, walletShare[offset], 1);
          if (poissonSurelyZero(drawBits(base, PURCHASE_COUNT) * BITS_TO_UNIT, mean)) {
            // No purchase, so no failure and no broken promise: only the ongoing chances of leaving.
            const leaving = quietLeavingBound(baseHazard, rivalPull[offset], campaignFactor, splitFactor, driftHazard[offset]);
            if (drawBits(base, LEAVING) * BITS_TO_UNIT >= leaving) {
              decayYearSpend(population, offset);
              if (split) {
                const before = walletShare[offset];
                // shiftedWalletShare (leaving.ts) written out, operation for operation: called here,
                // it is the call V8's inlining budget for this loop leaves out, and the loop runs
                // 11% slower (classroom run, 4 December). A test holds the two paths equal week by
                // week (priceResponse.test.ts, screened against every week lived in full). The share
                // counts as stored, a 32-bit float (Math.fround rounds as the store does).
                const after = Math.fround(before + walletAdjustment * (1 / (1 + walletWeight * rivalPull[offset] * campaignFactor) - before));
                walletShare[offset] = after;
                walletMilliShift += walletMilli(after) - walletMilli(before);
              }
              continue;
            }
          }
        }
        this.stepCustomer(offset, base);
      } else if (state === LAPSED) {
        if (!(burning && balances[offset] > 0)) {
          if (lostForever(flags[offset])) continue;
          const chance = winBackChance(winBackRate, rivalPull[offset], paidChance, marketingAppeal[offset]);
          if (drawBits(base, WIN_BACK) * BITS_TO_UNIT >= chance) continue;
        }
        this.stepFormerCustomer(offset, base);
      }
    }
    this.tally.shiftWallet(walletMilliShift);
    if (policy.prospectTouches > 0 || policy.customerTouches > 0) this.keepInTouch();
    if (context.secondLine) tellSecondLine(this.frame);
    this.tally.addTo(out);
    this.stateLog.record(population);
    return out.slice();
  }

  /**
   * Keeping in touch, a company event at the end of the week (outreach.ts): whoever is then a
   * prospect or a customer, has not unsubscribed and is due a card, call or letter this week is sent one. A prospect
   * it reaches may answer it and become a customer (buying from next week); a customer it reaches
   * feels remembered. Kept out of the loop above, so that it costs nothing when no touches are sent.
   */
  private keepInTouch(): void {
    const frame = this.frame;
    const { population, policy } = frame;
    const week = frame.context.week;
    const { state: states, birthdayWeek: birthdays, randomKey: keys, flags } = population;
    for (let offset = 0; offset < population.count; offset++) {
      const state = states[offset];
      const perYear = state === PROSPECT ? policy.prospectTouches : state === CUSTOMER ? policy.customerTouches : 0;
      if (perYear === 0 || (flags[offset] & UNSUBSCRIBED) !== 0 || !isTouchWeek(week, birthdays[offset], perYear)) continue;
      const base = weekBase(keys[offset], week);
      this.tally.remember(population, offset);
      if (state === CUSTOMER) {
        touchCustomer(frame, offset, base, perYear);
        this.tally.recount(population, offset);
      } else if (sendTouch(frame, offset, base) && answersTouch(frame, offset, base, perYear)) {
        joinByTouch(frame, offset);
        this.tally.recount(population, offset);
      }
    }
  }

  /** A prospect's week: one chance of joining, by paid marketing or a friend. */
  private stepProspect(offset: number, base: number): void {
    const population = this.frame.population;
    prospectWeek(this.frame, offset, base);
    if (population.state[offset] !== State.prospect) this.tally.joined(population, offset);
  }

  /**
   * A customer's week, in the design's order: purchases (discounts, points earned and redeemed) →
   * service experience, failures, complaints and satisfaction → feeling cheated by a price rise →
   * points burning → competitor and leaving → company events (the club, firing) → counting.
   */
  private stepCustomer(offset: number, base: number): void {
    const frame = this.frame;
    const population = frame.population;
    resetPersonWeek(frame.person);
    this.tally.remember(population, offset);

    purchaseWeek(frame, offset, base);
    if (frame.person.purchases > 0) experienceWeek(frame, offset, base);
    if (frame.policy.priceChangeOn && frame.person.purchases > 0) priceChangeWeek(frame, offset, base);
    if (frame.context.burningSlot >= 0 && population.pointsBalance[offset] > 0) this.burn(offset);
    leavingWeek(frame, offset, base);
    if (frame.person.droppedOut && population.state[offset] === State.customer) leaveAfterDropout(frame, offset);
    if (frame.policy.clubOn && population.state[offset] === State.customer) clubWeek(frame, offset);
    if (frame.context.firingReview && population.state[offset] === State.customer) firingWeek(frame, offset);

    this.tally.recount(population, offset);
  }

  /** A former customer's week: the points they still hold burn on schedule; they may be won back. */
  private stepFormerCustomer(offset: number, base: number): void {
    const frame = this.frame;
    const population = frame.population;
    this.tally.remember(population, offset);

    if (frame.context.burningSlot >= 0 && population.pointsBalance[offset] > 0) this.burn(offset);
    lapsedWeek(frame, offset, base);

    this.tally.recount(population, offset);
  }

  /**
   * The person at `offset` moves out of the catchment this week and a newcomer takes the slot
   * (catchment.ts): a customer is a leaver who moved away, forfeits their points (breakage) and
   * leaves the club. The newcomer is a prospect from next week; a traced slot stays traced.
   */
  private moveAway(offset: number): void {
    const frame = this.frame;
    const { population, out } = frame;
    const week = frame.context.week;
    this.tally.remember(population, offset);
    const flags = population.flags[offset];
    if (population.state[offset] === CUSTOMER) {
      out[LEFT_MOVED] += 1;
      if ((flags & CLUB_MEMBER) !== 0) out[CLUB_LEAVES] += 1;
    }
    out[BREAKAGE] += population.pointsBalance[offset];
    const traced = (flags & Flag.traced) !== 0;
    if (traced) frame.story.add(population.start + offset, { week, kind: 'movedAway', wasCustomer: population.state[offset] === CUSTOMER });
    drawNewcomer(population, offset, this.runKey, frame.params, frame.policy, week, frame.prices[FELT_PRICE]);
    if (traced) population.flags[offset] |= Flag.traced;
    this.tally.recount(population, offset);
  }

  private burn(offset: number): void {
    const frame = this.frame;
    const burned = burnPoints(frame.population, offset, frame.context.burningSlot);
    frame.out[BREAKAGE] += burned;
    regretBurnedPoints(frame, offset, burned);
    if (burned > 0 && isTraced(frame, offset)) {
      frame.story.add(frame.population.start + offset, { week: frame.context.week, kind: 'pointsBurned', amount: burned / 100 });
    }
  }

  /** The shard's people as they are now: before the first step, the starting (week-0) population. */
  population(): Population {
    return this.frame.population;
  }

  stories(): Map<number, StoryEvent[]> {
    return this.frame.story.stories;
  }

  /** This shard's purchases, by person and time (empty unless the run asked for its transaction log). */
  transactions(): TransactionTable {
    const population = this.frame.population;
    return this.frame.transactions.sorted(population.start, population.count);
  }

  /** The logged weekly states of this shard's sampled people. */
  sample(): StateSample {
    return this.stateLog.sample();
  }
}
