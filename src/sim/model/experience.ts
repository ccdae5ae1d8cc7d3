/**
 * The service experience of a week with purchases: failures, complaints and their handling, and
 * the satisfaction update by disconfirmation (Oliver 1980).
 *
 *   ordinary visit  O = delivered quality (the week's, on the 0–10 scale; context.ts) + noise,
 *                   held within the scale (qualityScale.ts)
 *   experience X = O − failure penalty (as handled)
 *   disconfirmation D = X − expectation; the part of a shortfall beyond the zone of tolerance is
 *                    weighted by loss aversion (Zeithaml et al. 1993; Anderson & Sullivan 1993)
 *   raw target x = w × (expectation − 5) + D (a shortfall as forgiven, relationship.ts)
 *                  + the club's lift for members
 *   satisfaction: a bounded memory of the saturated targets that fades between purchases
 *                 (satisfactionMemory.ts)
 *   expectation += adaptation × (X′ + c × (promise − X′) − expectation), X′ = X on the scale,
 *                  c = communicationWeight: the promise goes on speaking to customers
 *
 * Handling a voiced failure (service.handling):
 *   refund   the purchase is paid back; half the harm remains (the bother is not refunded);
 *   fix      the mistake is admitted and put right at a cost; the harm is undone and a recovery
 *            bonus added (de Matos et al. 2007);
 *   conflict the complaint is disputed; the harm counts double and a customer who leaves over it
 *            never comes back (S2.R4).
 * A broken promise is judged against the person's own expectation (S0.R1, S0.R8): in a week with
 * no failure, the person expects more than is typically delivered (the week's delivered quality) by
 * more than the threshold, and the week falls short of what they expect by more than it. The
 * shortfall must be systematic, an expectation set above what the shop delivers (by a promise):
 * one bad visit does not break an honest promise, and a customer who has adapted to an
 * over-promise no longer feels it broken.
 */
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { logisticNoise } from '../random/distributions.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { claimsGuarantee } from './guarantee.ts';
import { refreshHazards } from './leaving.ts';
import { onQualityScale } from './qualityScale.ts';
import { forgivenShortfall, prepareForgiveness } from './relationship.ts';
import { onSatisfactionScale } from './satisfactionScale.ts';
import { boundedTarget, weeksSinceUpdate } from './satisfactionMemory.ts';
import { Flag } from './states.ts';
import { T } from './totals.ts';

const REFUND_HARM_REMAINING = 0.5;
const CONFLICT_HARM_MULTIPLIER = 2;
/** The midpoint of the quality scale: expectations above it raise satisfaction (Oliver's direct effect). */
const NEUTRAL_QUALITY = 5;

const FAILURES = T.failures;
const COMPLAINTS = T.complaints;
const BROKEN_PROMISES = T.brokenPromises;
const REFUNDS = T.refundCents;
const FIXES = T.fixCents;
const DISAPPOINTED = T.disappointedWeeks;

/** How a failure ended, as far as the experience goes. */
const Outcome = { silent: 0, refunded: 1, fixed: 2, disputed: 3 } as const;
type OutcomeId = (typeof Outcome)[keyof typeof Outcome];

/**
 * A failure: did the customer complain, and how was it handled? Books the handling's money and
 * sets the chance of leaving over it. It returns how the failure ended rather than the experience,
 * so that no fractional number crosses the call: the engine does not inline this rare path, and a
 * fractional number passed to or returned from a call that is not inlined is allocated.
 */
function handleFailure(frame: Frame, offset: number, base: number): OutcomeId {
  const params = frame.params;
  const person = frame.person;
  const out = frame.out;
  const traced = isTraced(frame, offset);
  const who = frame.population.start + offset;
  const week = frame.context.week;
  out[FAILURES] += 1;
  const complained = drawBits(base, Purpose.complaint) * BITS_TO_UNIT < params['service.complaintShare'];
  if (traced) frame.story.add(who, { week, kind: 'failure', complained });
  if (!complained) {
    person.failureLeaveChance = params['service.leaveIfSilent'];
    return Outcome.silent;
  }
  out[COMPLAINTS] += 1;
  const policy = params['service.handling'];
  let amount = 0;
  let outcome: OutcomeId;
  if (policy === 'refund') {
    const refundCents = Math.round(person.paidCents / person.purchases);
    out[REFUNDS] += refundCents;
    amount = refundCents / 100;
    person.failureLeaveChance = params['service.leaveIfRefunded'];
    outcome = Outcome.refunded;
  } else if (policy === 'fix') {
    const fixCents = Math.round(params['service.fixCost'] * 100);
    out[FIXES] += fixCents;
    amount = fixCents / 100;
    person.failureLeaveChance = params['service.leaveIfFixed'];
    outcome = Outcome.fixed;
  } else {
    person.failureLeaveChance = params['service.leaveIfConflict'];
    person.conflict = true;
    outcome = Outcome.disputed;
  }
  if (traced) frame.story.add(who, { week, kind: 'handled', policy, amount });
  return outcome;
}

export function experienceWeek(frame: Frame, offset: number, base: number): void {
  const population = frame.population;
  const params = frame.params;
  const person = frame.person;
  const context = frame.context;
  prepareForgiveness(frame, offset);
  const delivered = context.deliveredQuality;
  const ordinary = onQualityScale(
    delivered + logisticNoise(drawBits(base, Purpose.experienceNoise) * BITS_TO_UNIT, params['service.experienceNoise']),
  );
  // 1 − (1 − p)^n, the powers computed once per run (policy.ts): a power per purchase would be slow.
  const noFailure = context.harvesting ? frame.policy.noFailureChanceHarvest : frame.policy.noFailureChance;
  const failureChance = 1 - noFailure[person.purchases];
  const failed = drawBits(base, Purpose.serviceFailure) * BITS_TO_UNIT < failureChance;
  let experience = ordinary;
  let outcome: OutcomeId = Outcome.silent;
  if (failed) {
    // How the failure ended decides how much of its harm remains.
    outcome = handleFailure(frame, offset, base);
    const penalty = params['service.failurePenalty'];
    if (outcome === Outcome.silent) experience = ordinary - penalty;
    else if (outcome === Outcome.refunded) experience = ordinary - penalty * REFUND_HARM_REMAINING;
    else if (outcome === Outcome.fixed) experience = ordinary + params['service.recoveryBonus'];
    else experience = ordinary - penalty * CONFLICT_HARM_MULTIPLIER;
  }

  const expectation = population.expectation[offset];
  const threshold = params['promises.brokenThreshold'];
  if (!failed && expectation - delivered > threshold && experience < expectation - threshold) {
    person.brokenPromise = true;
    frame.out[BROKEN_PROMISES] += 1;
    if (isTraced(frame, offset)) {
      frame.story.add(population.start + offset, {
        week: context.week, kind: 'brokenPromise', experienced: round1(experience), promised: params['promises.promisedQuality'],
      });
    }
  }

  const tolerance = params['promises.toleranceZone'];
  if (frame.policy.guaranteeOn) {
    // Money back on demand (guarantee.ts): a disappointed claimant is left with half the shortfall.
    const floor = expectation - tolerance;
    const disappointed = experience < floor;
    if (disappointed) frame.out[DISAPPOINTED] += 1;
    if (outcome !== Outcome.refunded && claimsGuarantee(frame, offset, base, disappointed) && disappointed) {
      experience = floor - (floor - experience) * REFUND_HARM_REMAINING;
    }
  }
  const surprise = experience - expectation;
  const weighted =
    surprise >= -tolerance ? surprise : -tolerance + params['promises.lossAversion'] * (surprise + tolerance);
  let target = params['promises.expectationWeight'] * (expectation - NEUTRAL_QUALITY) + forgivenShortfall(frame, weighted);
  if ((population.flags[offset] & Flag.clubMember) !== 0) {
    target += frame.policy.clubResponse[population.premium[offset]] * params['club.satisfactionLift'];
  }
  // What the memory kept since the last update, then a step toward the saturated target.
  const lastPurchase = population.lastPurchaseWeekPlusOne[offset];
  person.previousPurchasePlusOne = lastPurchase;
  population.lastPurchaseWeekPlusOne[offset] = context.week + 1;
  // Held on the scale first: a lift between purchases (outreach.ts) may have carried it beyond.
  const kept = onSatisfactionScale(population.satisfaction[offset]) * frame.policy.satisfactionKept[weeksSinceUpdate(context.week, lastPurchase)];
  population.satisfaction[offset] = kept + params['promises.satisfactionLearning'] * (boundedTarget(target) - kept);
  // Expectations follow what is seen and, as long as it is advertised, what is promised (Boulding et al. 1993).
  const seen = onQualityScale(experience);
  const heard = seen + params['promises.communicationWeight'] * (params['promises.promisedQuality'] - seen);
  population.expectation[offset] = expectation + params['promises.expectationAdaptation'] * (heard - expectation);
  refreshHazards(frame, offset);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
