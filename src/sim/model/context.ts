/**
 * The week's context: everything a person's week needs that depends on the whole market. It is
 * computed by the coordinator from the totals of the previous week (never from this week's), so
 * every shard sees the same context whatever the layout of workers.
 */
import type { Params } from '../params/schema.ts';
import { pointsCalendar, type PointsCalendar } from './bonusBankCalendar.ts';
import { promiseAppealOf } from './policy.ts';
import { T } from './totals.ts';

export interface WeekContext extends PointsCalendar {
  week: number;
  /** Share of non-customers reached by paid marketing this week. */
  reachShare: number;
  /** reach × conversion × promise appeal: a non-member's chance of being won, before price appeal. */
  paidChance: number;
  /** Weekly referral intensity felt by a prospect with an average number of contacts. */
  referralPressure: number;
  /** exp(−deterrence × detractor share) is applied per unit of contacts ratio. */
  deterrence: number;
  /** 1 while the rival's poaching campaign runs, else 0. */
  campaignActive: number;
  /** 1 in the weeks when club membership is reviewed. */
  clubReview: number;
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

export function weekContext(params: Params, week: number, previous: Float64Array, marketSize: number): WeekContext {
  const audience = previous[T.prospects] + previous[T.lapsed] - previous[T.lostForever];
  const spend = params['acquisition.spendPerWeek'];
  const reachShare = audience > 0 ? 1 - Math.exp(-spend / (params['acquisition.costPerReach'] * audience)) : 0;
  const clubBoost = params['club.enabled'] ? params['club.referralBoost'] - 1 : 0;
  // Promoting members refer more, a mass-segment member by the segment's share of the club's effect.
  const clubPromoters = previous[T.clubPromoters] + params['club.massResponse'] * previous[T.clubPromotersMass];
  const effectivePromoters = previous[T.promoters] + clubBoost * clubPromoters;
  return {
    week,
    reachShare,
    paidChance: reachShare * params['acquisition.conversion'] * promiseAppealOf(params),
    referralPressure: (params['wordOfMouth.referralsPerPromoterYear'] / 52) * (effectivePromoters / marketSize),
    deterrence: params['wordOfMouth.detractorDeterrence'] * (previous[T.detractors] / marketSize),
    campaignActive: campaignRunning(params, week) ? 1 : 0,
    clubReview: params['club.enabled'] && week % CLUB_REVIEW_WEEKS === 0 ? 1 : 0,
    ...pointsCalendar(week, params['bonusBank.expiryWeeks']),
  };
}

/** The context of "week −1", in which the starting market is counted: nothing happens in it. */
export function startingContext(params: Params): WeekContext {
  return {
    week: -1,
    reachShare: 0,
    paidChance: 0,
    referralPressure: 0,
    deterrence: 0,
    campaignActive: 0,
    clubReview: 0,
    ...pointsCalendar(0, params['bonusBank.expiryWeeks']),
  };
}
