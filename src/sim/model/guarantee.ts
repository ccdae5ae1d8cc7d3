/**
 * The satisfaction guarantee (S2.R1): "don't pay if you don't like it". In a week with purchases,
 * a customer whose experience fell short of their expectation by more than the zone of tolerance
 * asks for their money back with chance guarantee.claimShare; one who had nothing to complain of
 * asks anyway with chance guarantee.abuseShare (free riders). A claim refunds one purchase's
 * payment. For a disappointed claimant half the shortfall beyond tolerance is undone, as with a
 * refunded complaint (experience.ts). A failure already refunded is not claimed twice.
 * Disappointed claims are counted apart: the company learns from them, and prospects weigh how
 * often purchases disappoint (guaranteeLessons.ts). Money in cents; experience in quality points.
 */
import { BITS_TO_UNIT, drawBits } from '../random/counterHash.ts';
import { Purpose } from '../random/purposes.ts';
import { isTraced, type Frame } from './frame.ts';
import { T } from './totals.ts';

const CLAIMS = T.guaranteeClaims;
const REFUNDS = T.guaranteeRefundCents;
const DISAPPOINTED_CLAIMS = T.disappointedClaims;

/** Does the customer claim their money back this week? Books the refund and the story. */
export function claimsGuarantee(frame: Frame, offset: number, base: number, disappointed: boolean): boolean {
  const params = frame.params;
  const chance = disappointed ? params['guarantee.claimShare'] : params['guarantee.abuseShare'];
  if (drawBits(base, Purpose.guaranteeClaim) * BITS_TO_UNIT >= chance) return false;
  const person = frame.person;
  const refundCents = Math.round(person.paidCents / person.purchases);
  frame.out[CLAIMS] += 1;
  frame.out[REFUNDS] += refundCents;
  if (disappointed) frame.out[DISAPPOINTED_CLAIMS] += 1;
  if (isTraced(frame, offset)) {
    frame.story.add(frame.population.start + offset, {
      week: frame.context.week, kind: 'guaranteeRefund', disappointed, amount: refundCents / 100,
    });
  }
  return true;
}
