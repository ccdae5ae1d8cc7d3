/**
 * The company-level side of relationships that grow (relationship.ts): cost to serve and referrals
 * by tenure, priced from the market's tenure mix, that is the counts of customers and promoters by
 * quarter of joining at the end of the previous week (tally.ts, tenure.ts). No one is visited, and
 * the figures depend only on the summed totals, so they are the same in any layout of shards.
 *
 *   care of a group of n customers with q quarters' tenure = care × n × (1 − relationship.costSaving × S(q)),
 *                                        the saving rounded to whole cents per group
 *   effective promoters += relationship.referralGrowth × Σ promoters(q) × S(q)
 */
import type { Params } from '../params/schema.ts';
import { joinGroups, tenureEffect, tenureYear, weekQuarter, type JoinGroup } from './tenure.ts';

/** The groups of a totals vector, cached by its length (a run keeps one length). */
let cachedLength = -1;
let cachedGroups: JoinGroup[] = [];
export function groupsOf(totals: Float64Array): JoinGroup[] {
  if (totals.length !== cachedLength) {
    cachedGroups = joinGroups(totals);
    cachedLength = totals.length;
  }
  return cachedGroups;
}

/** Visit the groups with customers (or promoters) counted in `previous`: their count, tenure year and S(q). */
function eachGroup(
  params: Params, previous: Float64Array, week: number, which: 'customers' | 'promoters',
  visit: (count: number, year: number, effect: number) => void,
): void {
  const tau = params['relationship.tenureWeeks'];
  const now = weekQuarter(week);
  for (const group of groupsOf(previous)) {
    const count = previous[group[which]];
    if (count === 0) continue;
    const quarters = now - group.quarter;
    visit(count, tenureYear(quarters), tenureEffect(quarters, tau));
  }
}

/**
 * The care saved in `week` on the customers counted in `previous`, in cents; with `byYear`, also
 * added into it by tenure year. 0 with the mechanism off.
 */
export function careSavingsCents(
  params: Params, previous: Float64Array, week: number, careCents: number, byYear?: Float64Array,
): number {
  const saving = params['relationship.costSaving'];
  if (!params['relationship.enabled'] || saving === 0 || careCents === 0) return 0;
  let total = 0;
  eachGroup(params, previous, week, 'customers', (count, year, effect) => {
    const cents = Math.round(careCents * count * saving * effect);
    total += cents;
    if (byYear) byYear[year] += cents;
  });
  return total;
}

/**
 * Referral weight of the promoters counted in `previous`, by tenure year when `byYear` is given:
 * each promoter weighs 1 + relationship.referralGrowth × S(q). Returns the extra weight over the
 * plain count (0 with the mechanism off).
 */
export function referralWeight(params: Params, previous: Float64Array, week: number, byYear?: Float64Array): number {
  const growth = params['relationship.enabled'] ? params['relationship.referralGrowth'] : 0;
  if (growth === 0 && !byYear) return 0;
  let extra = 0;
  eachGroup(params, previous, week, 'promoters', (count, year, effect) => {
    const more = growth * count * effect;
    extra += more;
    if (byYear) byYear[year] += count + more;
  });
  return extra;
}
