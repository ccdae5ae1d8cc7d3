/**
 * Leaving, and the rival's pull on the share of wallet. Each week a customer faces competing
 * chances of leaving, one per reason:
 *
 *   neglect         churn propensity θ × e^(−k × satisfaction − care effect × care spend) × hold
 *   competitor      rival's pull × e^A × campaign strength (while it runs) × split factor × hold
 *   broken promise  a fixed chance in a week when a promise was broken
 *   service failure the chance set by how a failure was handled (conflict: reason "conflict")
 *   hold = e^(−switching cost × points balance / basket) × (1 − club loyalty × response)
 *
 * A customer who dropped out after a purchase (dropout.ts) and did not leave for any of these
 * reasons leaves as drifting away (`leaveAfterDropout`): the reason that names losing interest,
 * with no new chart.
 *
 * One uniform decides: the person leaves when it falls below 1 − Π(1 − h), and the reason is the
 * one whose share of Σh the uniform falls in. With every behavioural mechanism off (the broken-promise
 * hazard included, since even honest promises meet a bad week now and then) only θ remains,
 * which is the shifted-beta-geometric model of Fader & Hardie (2007).
 *
 * In split mode, the share of wallet moves toward 1 / (1 + e^A × campaign strength), where A holds
 * the customer's satisfaction (rivalry.ts).
 * e^A and θ × e^(−k × satisfaction − care effect × care) are cached per person and refreshed when
 * their inputs change (the care budget is fixed for the run).
 */
import { exp, expForFloat32 } from '../math/index.ts';
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { leaveReasonCode } from './grudge.ts';
import { rivalAttraction } from './rivalry.ts';
import { Flag, LeaveReason, State, type LeaveReasonId } from './states.ts';
import { T } from './totals.ts';

const LEFT_BY_REASON = [T.leftCompetitor, T.leftBrokenPromise, T.leftConflict, T.leftServiceFailure, T.leftNeglect];
const CLUB_LEAVES = T.clubLeaves;
const REASONS = LEFT_BY_REASON.length;
const LEAVING = Purpose.leaving;
/** Scratch for the competing chances, indexed by LeaveReason; reused to avoid allocation. */
const HAZARDS = new Float64Array(REASONS);

/** Reasons whose leavers go on warning others (detractors) for a while. */
function leavesAngry(reason: LeaveReasonId): boolean {
  return reason === LeaveReason.conflict || reason === LeaveReason.serviceFailure || reason === LeaveReason.brokenPromise;
}

function hold(frame: Frame, offset: number): number {
  const population = frame.population;
  let factor = 1;
  const balance = population.pointsBalance[offset];
  if (balance > 0) {
    factor *= exp((-frame.params['bonusBank.switchingCost'] * balance) / (population.basket[offset] * 100));
  }
  if ((population.flags[offset] & Flag.clubMember) !== 0) {
    factor *= 1 - frame.params['club.loyaltyEffect'] * frame.policy.clubResponse[population.premium[offset]];
  }
  return factor;
}

/** Recompute the cached hazards of a customer after their satisfaction, expectation or membership changed. */
export function refreshHazards(frame: Frame, offset: number): void {
  const population = frame.population;
  population.rivalPull[offset] = expForFloat32(rivalAttraction(frame, offset));
  // With churn.careEffect 0 the exponent is −k × S exactly (x − 0 is x), so the default run is unchanged.
  const exponent = -frame.params['churn.satisfactionEffect'] * population.satisfaction[offset] - frame.policy.careDriftExponent;
  population.driftHazard[offset] = population.churnPropensity[offset] * expForFloat32(exponent);
}

/**
 * Split mode: this week's share of wallet, a step `adjustment` of the way from `share` toward the
 * preferred 1 / (1 + walletWeight × rival's pull × campaign factor). Satisfaction is in the rival's
 * pull (rivalry.ts): a satisfied customer gives us more of their wallet. The rival stands for the
 * rest of the market, which weighs walletWeight times us at parity. The quiet-week screen
 * (shard.ts) moves the share by this same formula, written out there for speed; a test holds the two
 * equal (priceResponse.test.ts).
 */
export function shiftedWalletShare(share: number, rivalPull: number, walletWeight: number, campaignFactor: number, adjustment: number): number {
  const preferred = 1 / (1 + walletWeight * rivalPull * campaignFactor);
  return share + adjustment * (preferred - share);
}

function walletWeek(frame: Frame, offset: number): void {
  const population = frame.population;
  const params = frame.params;
  const campaign = frame.context.campaignActive ? params['competitor.campaignStrength'] : 1;
  population.walletShare[offset] = shiftedWalletShare(
    population.walletShare[offset], population.rivalPull[offset], params['competitor.walletWeight'], campaign, params['competitor.walletAdjustment'],
  );
}

export function leavingWeek(frame: Frame, offset: number, base: number): void {
  const population = frame.population;
  const params = frame.params;
  const person = frame.person;
  if (frame.policy.split) walletWeek(frame, offset);

  const holding = frame.policy.bonusOn || frame.policy.clubOn ? hold(frame, offset) : 1;
  const neglect = population.driftHazard[offset] * holding;
  let competitor = params['competitor.baseHazard'] * population.rivalPull[offset] * holding;
  if (frame.context.campaignActive) competitor *= params['competitor.campaignStrength'];
  if (frame.policy.split) competitor *= params['competitor.splitLeaveFactor'];
  // A long-standing, satisfied customer discounts a single bad week (Bolton 1998; relationship.ts).
  const forgiving = person.forgiving;
  const promise = person.brokenPromise ? params['promises.brokenPromiseHazard'] * forgiving : 0;
  const failure = person.failureLeaveChance * forgiving;

  // 1 − Π(1 − h) ≤ Σh: most weeks the draw clears the sum and nothing more need be computed.
  const draw = drawBits(base, LEAVING) * BITS_TO_UNIT;
  if (draw >= Math.min(1, competitor) + promise + failure + Math.min(1, neglect)) return;
  const hazards = HAZARDS;
  hazards[LeaveReason.competitor] = Math.min(1, competitor);
  hazards[LeaveReason.brokenPromise] = promise;
  hazards[LeaveReason.conflict] = person.conflict ? failure : 0;
  hazards[LeaveReason.serviceFailure] = person.conflict ? 0 : failure;
  hazards[LeaveReason.neglect] = Math.min(1, neglect);
  competingReasons(frame, offset, base);
}

/**
 * An upper bound on a customer's chance of leaving in a week with no broken promise and no failure:
 * the ongoing chances with the hold taken as 1 (it is at most 1). `splitFactor` is
 * competitor.splitLeaveFactor in split mode and 1 otherwise, `campaignFactor` the campaign's
 * strength while it runs and 1 otherwise, multiplied in `leavingWeek`'s order. When the leaving
 * draw is at or above the bound the customer stays, as `leavingWeek` would find; with no hold
 * (neither bonus bank nor club) it is exactly the sum `leavingWeek` tests. The weekly loop
 * (shard.ts) screens customers' quiet weeks with it.
 */
export function quietLeavingBound(baseHazard: number, rivalPull: number, campaignFactor: number, splitFactor: number, driftHazard: number): number {
  return Math.min(1, baseHazard * rivalPull * campaignFactor * splitFactor) + Math.min(1, driftHazard);
}

/**
 * The rare weeks whose draw falls below Σh: does the person leave, and why? Kept apart from
 * `leavingWeek` so that the common path stays small enough for the engine to inline.
 */
function competingReasons(frame: Frame, offset: number, base: number): void {
  const hazards = HAZARDS;
  const draw = drawBits(base, LEAVING) * BITS_TO_UNIT;
  let stay = 1;
  let sum = 0;
  for (let index = 0; index < REASONS; index++) {
    stay *= 1 - hazards[index];
    sum += hazards[index];
  }
  const leaveChance = 1 - stay;
  if (draw >= leaveChance || sum === 0) return;

  const position = (draw / leaveChance) * sum;
  let reason: LeaveReasonId = LeaveReason.neglect;
  let cumulative = 0;
  for (let index = 0; index < REASONS; index++) {
    cumulative += hazards[index];
    if (position < cumulative) {
      reason = index as LeaveReasonId;
      break;
    }
  }
  leave(frame, offset, reason);
}

/** A customer who dropped out after one of this week's purchases leaves, as drifting away (dropout.ts). */
export function leaveAfterDropout(frame: Frame, offset: number): void {
  leave(frame, offset, LeaveReason.neglect);
}

function leave(frame: Frame, offset: number, reason: LeaveReasonId): void {
  const population = frame.population;
  population.state[offset] = State.lapsed;
  population.stateSince[offset] = frame.context.week;
  population.leaveReason[offset] = leaveReasonCode(reason);
  frame.out[LEFT_BY_REASON[reason]] += 1;
  let flags = population.flags[offset];
  if (reason === LeaveReason.conflict) flags |= Flag.lostForever;
  if (leavesAngry(reason)) flags |= Flag.detractor;
  if ((flags & Flag.clubMember) !== 0) {
    flags &= ~Flag.clubMember;
    frame.out[CLUB_LEAVES] += 1;
  }
  population.flags[offset] = flags;
  refreshHazards(frame, offset);
  if (isTraced(frame, offset)) frame.story.left(population.start + offset, frame.context.week, reason);
}
