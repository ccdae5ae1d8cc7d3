/**
 * What points cost a customer's goodwill (Kivetz, Urminsky & Zheng 2006):
 *
 *   burned points  satisfaction ← lifted by −burnRegret × learning × failurePenalty × burned / basket
 *                  (liftedSatisfaction, so the loss stays on the scale): a basket's worth burned
 *                  hurts burnRegret times as much as a failed purchase; only customers feel it
 *                  (a former customer's points burn unnoticed);
 *   a reward used  with chance postRewardDropout the customer drops out right after it (the
 *                  post-reward reset) and leaves that week as drifting away.
 * Money in cents, satisfaction in points; both happen in weeks the loop steps in full (a burn
 * week with points held, a week with purchases), so the quiet-week screen (shard.ts) needs no change.
 */
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import type { Frame } from './frame.ts';
import { refreshHazards } from './leaving.ts';
import { liftedSatisfaction } from './satisfactionScale.ts';
import { State } from './states.ts';

/** A customer whose `burnedCents` of points just burned loses goodwill in proportion to a basket. */
export function regretBurnedPoints(frame: Frame, offset: number, burnedCents: number): void {
  const { population, params } = frame;
  const regret = params['bonusBank.burnRegret'];
  if (regret === 0 || burnedCents === 0 || population.state[offset] !== State.customer) return;
  const baskets = burnedCents / 100 / population.basket[offset];
  const harm = regret * params['promises.satisfactionLearning'] * params['service.failurePenalty'] * baskets;
  population.satisfaction[offset] = liftedSatisfaction(population.satisfaction[offset], -harm);
  refreshHazards(frame, offset);
}

/** After a redemption: does the customer drop out (post-reward reset)? Marks the week's person. */
export function resetAfterReward(frame: Frame, base: number): void {
  const chance = frame.params['bonusBank.postRewardDropout'];
  if (chance > 0 && drawBits(base, Purpose.postRewardDropout) * BITS_TO_UNIT < chance) frame.person.droppedOut = true;
}
