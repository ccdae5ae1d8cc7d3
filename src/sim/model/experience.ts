/**
 * The service experience of a week with purchases: failures, complaints and their handling, and
 * the satisfaction update by disconfirmation (Oliver 1980).
 *
 *   experience X = delivered quality + noise − failure penalty (as handled)
 *   disconfirmation D = X − expectation; the part of a shortfall beyond the zone of tolerance is
 *                    weighted by loss aversion (Zeithaml et al. 1993; Anderson & Sullivan 1993)
 *   satisfaction target = w × (expectation − 5) + D  (+ the club's lift for members)
 *   satisfaction += speed × (target − satisfaction);  expectation += adaptation × (X − expectation)
 *
 * Handling a voiced failure (service.handling):
 *   refund   the purchase is paid back; half the harm remains (the bother is not refunded);
 *   fix      the mistake is admitted and put right at a cost; the harm is undone and a recovery
 *            bonus added (de Matos et al. 2007);
 *   conflict the complaint is disputed; the harm counts double and a customer who leaves over it
 *            never comes back (S2.R4).
 * A broken promise is an ordinary week (no failure) whose experience falls short of the promise by
 * more than the threshold (S0.R1, S0.R8).
 */
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { logisticNoise } from '../random/distributions.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { claimsGuarantee } from './guarantee.ts';
import { refreshHazards } from './leaving.ts';
import { forgivenShortfall, prepareForgiveness } from './relationship.ts';
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
  const ordinary =
    params['service.quality'] + context.qualityShift +
    logisticNoise(drawBits(base, Purpose.experienceNoise) * BITS_TO_UNIT, params['service.experienceNoise']);
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

  const promised = params['promises.promisedQuality'];
  if (!failed && experience < promised - params['promises.brokenThreshold']) {
    person.brokenPromise = true;
    frame.out[BROKEN_PROMISES] += 1;
    if (isTraced(frame, offset)) {
      frame.story.add(population.start + offset, {
        week: frame.context.week, kind: 'brokenPromise', experienced: round1(experience), promised,
      });
    }
  }

  const expectation = population.expectation[offset];
  const tolerance = params['promises.toleranceZone'];
  if (frame.policy.guaranteeOn && outcome !== Outcome.refunded) {
    // Money back on demand (guarantee.ts): a disappointed claimant is left with half the shortfall.
    const floor = expectation - tolerance;
    const disappointed = experience < floor;
    if (claimsGuarantee(frame, offset, base, disappointed) && disappointed) {
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
  population.satisfaction[offset] += params['promises.satisfactionLearning'] * (target - population.satisfaction[offset]);
  population.expectation[offset] = expectation + params['promises.expectationAdaptation'] * surprise;
  refreshHazards(frame, offset);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
