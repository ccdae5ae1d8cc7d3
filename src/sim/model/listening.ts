/**
 * Listening (S0.R5, S2.R2): the company spends on asking customers what they lack or dislike, and
 * finds their needs over time. Everything here is company-level and a pure function of the week:
 *
 *   needs found   d(t) = 1 − e^(−spend per week × t / discovery cost)       (spend of weeks 0 … t−1)
 *   quality gain  = qualityGain × d(t)                                       (quality points)
 *   second line   open once d(t) ≥ secondLineFrom; each customer who trusts us (a promoter) spends
 *                 secondLineSpend a week on it (S0.W5), at the main line's gross margin
 * Money in dollars (cents in the totals), quality in points, needs as a share from 0 to 1.
 */
import { exp } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import type { Frame } from './frame.ts';
import { State } from './states.ts';

/** Share of customers' needs found by the start of `week`. */
export function needsFound(params: Params, week: number): number {
  const spend = params['listening.spendPerWeek'];
  if (spend <= 0 || week <= 0) return 0;
  return 1 - exp((-spend * week) / params['listening.discoveryCost']);
}

/** Quality points that listening adds to what is delivered, with `found` of the needs met. */
export function listeningQuality(params: Params, found: number): number {
  return params['listening.qualityGain'] * found;
}

/** Whether the second product line sells this week. */
export function secondLineOpen(params: Params, found: number): boolean {
  return found > 0 && found >= params['listening.secondLineFrom'] && params['listening.secondLineSpend'] > 0;
}

/** The second line's sales of a week with `trusting` promoters, in cents: revenue and cost of goods. */
export function secondLineCents(params: Params, trusting: number): { revenue: number; cost: number } {
  const revenue = trusting * Math.round(params['listening.secondLineSpend'] * 100);
  return { revenue, cost: Math.round(revenue * (1 - params['purchases.grossMargin'])) };
}

/**
 * The stories of traced customers who trust us while the second line sells: the first week they
 * buy from it is an event. Only the few traced people are visited, so this costs nothing else.
 */
export function tellSecondLine(frame: Frame): void {
  const { population, story, context } = frame;
  const threshold = frame.params['wordOfMouth.promoterThreshold'];
  for (const [person, events] of story.stories) {
    const offset = person - population.start;
    if (population.state[offset] !== State.customer || population.satisfaction[offset] <= threshold) continue;
    if (events.some((event) => event.kind === 'secondLine')) continue;
    story.add(person, { week: context.week, kind: 'secondLine' });
  }
}
