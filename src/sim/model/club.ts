/**
 * The customer club. Every CLUB_REVIEW_WEEKS the company reviews membership: a customer is
 * eligible by yearly spending (club.eligibility = spend) or by being in the premium segment
 * (= premium). An eligible customer joins when the fee is no more than what membership is worth to
 * them: the extra discount on a year's spending plus the events at their cost, scaled by how much
 * their segment cares (club.massResponse for the mass segment). A member who is no longer eligible
 * leaves at the review. Members cost club.costPerMemberYear and pay club.feePerYear, both booked
 * weekly; their satisfaction, loyalty and referrals are lifted elsewhere (experience, leaving,
 * context).
 */
import { isTraced, type Frame } from './frame.ts';
import { refreshHazards } from './leaving.ts';
import { Flag } from './states.ts';
import { T } from './totals.ts';

const CLUB_JOINS = T.clubJoins;
const CLUB_LEAVES = T.clubLeaves;
const CLUB_COST = T.clubCostCents;
const CLUB_FEE = T.clubFeeCents;

function eligible(frame: Frame, offset: number): boolean {
  const population = frame.population;
  if (frame.params['club.eligibility'] === 'premium') return population.premium[offset] === 1;
  return population.yearSpend[offset] >= frame.params['club.spendThreshold'];
}

function worthTheFee(frame: Frame, offset: number): boolean {
  const params = frame.params;
  const fee = params['club.feePerYear'];
  if (fee === 0) return true;
  const population = frame.population;
  const response = frame.policy.clubResponse[population.premium[offset]];
  const value = params['club.extraDiscount'] * population.yearSpend[offset] + response * params['club.costPerMemberYear'];
  return fee <= value;
}

/** The club's part of a customer's week: review (in review weeks), then the member's costs and fee. */
export function clubWeek(frame: Frame, offset: number): void {
  const population = frame.population;
  let member = (population.flags[offset] & Flag.clubMember) !== 0;
  if (frame.context.clubReview) {
    const shouldBe = eligible(frame, offset) && worthTheFee(frame, offset);
    if (shouldBe !== member) {
      population.flags[offset] ^= Flag.clubMember;
      frame.out[shouldBe ? CLUB_JOINS : CLUB_LEAVES] += 1;
      if (isTraced(frame, offset)) {
        frame.story.add(population.start + offset, { week: frame.context.week, kind: shouldBe ? 'clubJoined' : 'clubLeft' });
      }
      member = shouldBe;
      refreshHazards(frame, offset);
    }
  }
  if (!member) return;
  frame.out[CLUB_COST] += Math.round((frame.params['club.costPerMemberYear'] * 100) / 52);
  frame.out[CLUB_FEE] += Math.round((frame.params['club.feePerYear'] * 100) / 52);
}
