/**
 * Person-level measures of tenure effects, as the model-validity review took them: three-year
 * survival of the starting customers by quintile of their purchase-rate trait, and spend per
 * customer-week by weeks since joining of the customers who joined during the run. Built on a run
 * with every person's weekly state logged and its transaction log.
 */
import { derivePolicy } from '../../src/sim/model/policy.ts';
import { Population } from '../../src/sim/model/population.ts';
import { State } from '../../src/sim/model/states.ts';
import { drawPerson } from '../../src/sim/model/traits.ts';
import type { Params } from '../../src/sim/params/schema.ts';
import type { RunResult } from '../../src/sim/run/config.ts';
import { runKeyFromSeed } from '../../src/sim/random/runKey.ts';
import { simulate } from '../../src/sim/run/simulate.ts';

export function recordedRun(params: Params, seed: number, weeks: number, people: number): RunResult {
  return simulate({ seed, weeks, people, params, sample: people, transactions: true });
}

/** Share of the starting customers of each purchase-rate quintile (lightest first) still customers, never having left, after `weeks`. */
export function survivalByRateQuintile(result: RunResult, weeks: number): number[] {
  const sample = result.sample;
  if (!sample) throw new Error('the run logged no states');
  const population = new Population(0, result.people);
  const policy = derivePolicy(result.params);
  const key = runKeyFromSeed(result.seed);
  const starters: { rate: number; stayed: boolean }[] = [];
  for (let id = 0; id < result.people; id++) {
    if (sample.rows[0][id] !== State.customer) continue;
    drawPerson(population, id, key, result.params, policy);
    let stayed = true;
    for (let week = 1; week <= weeks && stayed; week++) stayed = sample.rows[week][id] === State.customer;
    starters.push({ rate: population.purchaseRate[id], stayed });
  }
  starters.sort((a, b) => a.rate - b.rate);
  return [0, 1, 2, 3, 4].map((quintile) => {
    const part = starters.slice(Math.floor((quintile * starters.length) / 5), Math.floor(((quintile + 1) * starters.length) / 5));
    return part.filter((person) => person.stayed).length / part.length;
  });
}

/** Tenure bands in weeks since joining: [from, to). */
export const spendBands: readonly [number, number][] = [[0, 13], [26, 52], [52, 104], [104, 156], [156, 260]];

/**
 * Dollars paid per customer-week in each band of weeks since joining, for customers who joined
 * during the run, over their first spell as customers. A customer-week is a week the person starts
 * as a customer (rows[w], the state at the end of week w − 1).
 */
export function spendByTenure(result: RunResult): number[] {
  const sample = result.sample;
  const log = result.transactions;
  if (!sample || !log) throw new Error('the run logged no states or no transactions');
  const rows = sample.rows;
  const joined = new Int32Array(result.people).fill(-1);
  const spellEnd = new Int32Array(result.people).fill(-1);
  const weeks = new Float64Array(spendBands.length);
  const cents = new Float64Array(spendBands.length);
  const band = (since: number): number => spendBands.findIndex(([from, to]) => since >= from && since < to);
  for (let id = 0; id < result.people; id++) {
    let week = 0;
    while (week < result.weeks && !(rows[week][id] === State.prospect && rows[week + 1][id] === State.customer)) week++;
    if (week === result.weeks) continue;
    joined[id] = week;
    let last = week + 1;
    while (last + 1 < result.weeks && rows[last + 1][id] === State.customer) last++;
    spellEnd[id] = last;
    for (let at = week + 1; at <= last; at++) {
      const index = band(at - week);
      if (index >= 0) weeks[index] += 1;
    }
  }
  for (let index = 0; index < log.person.length; index++) {
    const id = log.person[index];
    const week = log.week[index];
    if (joined[id] < 0 || week <= joined[id] || week > spellEnd[id]) continue;
    const at = band(week - joined[id]);
    if (at >= 0) cents[at] += log.cents[index];
  }
  return Array.from(weeks, (count, at) => (count > 0 ? cents[at] / 100 / count : 0));
}
