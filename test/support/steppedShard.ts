/**
 * A run stepped week by week in one shard, so that a test can read every person's state (the
 * population's typed arrays) after each week, which a run's public outputs do not expose.
 */
import type { Population } from '../../src/sim/model/population.ts';
import { Shard } from '../../src/sim/model/shard.ts';
import type { Params } from '../../src/sim/params/schema.ts';
import { Coordinator } from '../../src/sim/run/coordinator.ts';

/**
 * Runs `weeks` weeks of `people` people and calls `afterWeek` with the population and the shard's
 * totals after each; `everyCustomerWeek` lives every customer-week in full (no quiet-week screen).
 */
export function stepOneShard(
  params: Params, seed: number, weeks: number, people: number,
  afterWeek: (population: Population, week: number, totals: Float64Array) => void, everyCustomerWeek = false,
): void {
  const coordinator = new Coordinator({ params, seed, weeks, people });
  const shard = new Shard({
    params, runKey: coordinator.runKey, start: 0, count: people, cohorts: coordinator.cohorts, traced: [], sampled: [], everyCustomerWeek,
  });
  coordinator.begin([shard.initialTotals()]);
  for (let week = 0; week < weeks; week++) {
    const totals = shard.step(coordinator.contextFor(week));
    coordinator.finishWeek(week, [totals]);
    afterWeek(shard.population(), week, totals);
  }
}
