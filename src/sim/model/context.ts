/**
 * The week's context: everything a person's week needs that depends on the whole market. It is
 * computed by the coordinator from the totals of the previous week (never from this week's), so
 * every shard sees the same context whatever the layout of workers.
 */
import { exp, pow } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { pointsCalendar, type PointsCalendar } from './bonusBankCalendar.ts';
import { FIRING_REVIEW_WEEKS } from './firing.ts';
import { learnedQuality, riskRelief, startingLessons, type GuaranteeLessons } from './guaranteeLessons.ts';
import { listeningQuality, needsFound, secondLineOpen } from './listening.ts';
import { spamShareAt } from './outreach.ts';
import { promiseAppealOf } from './policy.ts';
import { priceRiseAt } from './priceChange.ts';
import { onQualityScale } from './qualityScale.ts';
import { referralWeight } from './relationshipCompany.ts';
import { harvesting, reinvestedCents, startingReinvestment, type ReinvestmentState } from './reinvestment.ts';
import { weekQuarter } from './tenure.ts';
import { T } from './totals.ts';

export interface WeekContext extends PointsCalendar {
  week: number;
  /**
   * The week's quarter, ⌊week / 13⌋ (tenure.ts): tenure effects count whole quarters. Computed
   * once a week because every customer-week with purchases needs it several times.
   */
  quarter: number;
  /** Share of non-customers reached by paid marketing this week. */
  reachShare: number;
  /** reach × conversion × promise appeal × a guarantee's risk relief: a non-member's chance of being won, before price appeal. */
  paidChance: number;
  /** Weekly referral intensity felt by a prospect with an average number of contacts. */
  referralPressure: number;
  /** exp(−deterrence × detractor share) is applied per unit of contacts ratio. */
  deterrence: number;
  /** 1 while the rival's poaching campaign runs, else 0. */
  campaignActive: number;
  /** 1 in the weeks when club membership is reviewed. */
  clubReview: number;
  /** The price rise in force, as a share of the old list price (priceChange.ts); 0 before it. */
  priceRise: number;
  /** 1 in the week the prices rise. */
  priceRiseNow: number;
  /**
   * The quality customers experience on an ordinary purchase this week, before the visit's own
   * variation: service.quality + what lifts and strains it, held on the 0–10 scale (qualityScale.ts).
   */
  deliveredQuality: number;
  /**
   * deliveredQuality − service.quality: the quality points reinvestment, listening and a
   * guarantee's lessons add, less the strain of abuse, as far as the scale lets them reach customers.
   */
  qualityShift: number;
  /** 1 while the care budget is cut (reinvestment.ts). */
  harvesting: number;
  /** 1 in the weeks when the company decides whom to fire (firing.ts). */
  firingReview: number;
  /** Share of touches that land in spam this week (outreach.ts). */
  spamShare: number;
  /** Cents reinvested this week (reinvestment.ts). */
  reinvestCents: number;
  /** Share of customers' needs found so far (listening.ts). */
  needsFound: number;
  /** 1 while the second product line sells. */
  secondLine: number;
}

/** Weeks between club membership reviews. */
export const CLUB_REVIEW_WEEKS = 13;

export function campaignRunning(params: Params, week: number): boolean {
  if (!params['competitor.campaignEnabled']) return false;
  const since = week - params['competitor.campaignStartWeek'];
  if (since < 0) return false;
  const every = params['competitor.campaignEveryWeeks'];
  const into = every > 0 ? since % every : since;
  return into < params['competitor.campaignWeeks'];
}

/** Quality points lost to the strain abusive customers put on staff (firing.ts), from last week's counts. */
function abuseStrain(params: Params, previous: Float64Array): number {
  const customers = previous[T.customers];
  return customers > 0 ? (params['service.abuseStrain'] * previous[T.abusiveCustomers]) / customers : 0;
}

export function weekContext(
  params: Params, week: number, previous: Float64Array, marketSize: number,
  company: ReinvestmentState = startingReinvestment(), lessons: GuaranteeLessons = startingLessons(),
): WeekContext {
  const audience = previous[T.prospects] + previous[T.lapsed] - previous[T.lostForever];
  const spend = params['acquisition.spendPerWeek'];
  const reachShare = audience > 0 ? 1 - exp(-spend / (params['acquisition.costPerReach'] * audience)) : 0;
  const clubBoost = params['club.enabled'] ? params['club.referralBoost'] - 1 : 0;
  // Promoting members refer more, a mass-segment member by the segment's share of the club's effect.
  const clubPromoters = previous[T.clubPromoters] + params['club.massResponse'] * previous[T.clubPromotersMass];
  // Long-standing promoters refer more (relationshipCompany.ts).
  const effectivePromoters = previous[T.promoters] + clubBoost * clubPromoters + referralWeight(params, previous, week);
    // A satisfaction guarantee takes away the risk of a disappointing first purchase (guaranteeLessons.ts).
    const relief = riskRelief(params, previous);
    // The rival steps up its marketing year by year, so each of our contacts converts fewer (S1.F3).
    const outspent = pow(1 + params['competitor.marketingEscalation'], -week / 52);
  const found = needsFound(params, week);
  const rise = priceRiseAt(params, week);
  const lifts = company.qualityGain + listeningQuality(params, found) + learnedQuality(params, lessons, previous[T.customers]);
  const delivered = onQualityScale(params['service.quality'] + lifts - abuseStrain(params, previous));
  return {
    week,
    quarter: weekQuarter(week),
    reachShare,
    paidChance: reachShare * params['acquisition.conversion'] * promiseAppealOf(params) * relief * outspent,
    referralPressure: (params['wordOfMouth.referralsPerPromoterYear'] / 52) * (effectivePromoters / marketSize) * relief,
    deterrence: params['wordOfMouth.detractorDeterrence'] * (previous[T.detractors] / marketSize),
    campaignActive: campaignRunning(params, week) ? 1 : 0,
    clubReview: params['club.enabled'] && week % CLUB_REVIEW_WEEKS === 0 ? 1 : 0,
    ...pointsCalendar(week, params['bonusBank.expiryWeeks']),
    priceRise: rise,
    priceRiseNow: rise > 0 && week === params['priceChange.week'] ? 1 : 0,
    deliveredQuality: delivered,
    qualityShift: delivered - params['service.quality'],
    harvesting: harvesting(params, week) ? 1 : 0,
    firingReview: params['firing.enabled'] && week > 0 && week % FIRING_REVIEW_WEEKS === 0 ? 1 : 0,
    spamShare: spamShareAt(params, week),
    reinvestCents: reinvestedCents(params, week, company),
    needsFound: found,
    secondLine: secondLineOpen(params, found) ? 1 : 0,
  };
}

/** The context of "week −1", in which the starting market is counted: nothing happens in it. */
export function startingContext(params: Params): WeekContext {
  return {
    week: -1,
    quarter: weekQuarter(-1),
    reachShare: 0,
    paidChance: 0,
    referralPressure: 0,
    deterrence: 0,
    campaignActive: 0,
    clubReview: 0,
    ...pointsCalendar(0, params['bonusBank.expiryWeeks']),
    priceRise: 0,
    priceRiseNow: 0,
    deliveredQuality: onQualityScale(params['service.quality']),
    qualityShift: 0,
    harvesting: 0,
    firingReview: 0,
    spamShare: 0,
    reinvestCents: 0,
    needsFound: 0,
    secondLine: 0,
  };
}
