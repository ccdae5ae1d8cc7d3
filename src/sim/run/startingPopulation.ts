/**
 * The people of a run as they stand at week 0, before the first step: their fixed traits and
 * starting records, drawn exactly as the run draws them (one shard of the whole market, keyed by
 * the run's seed). Used to check that two arms of a comparison start with the same people.
 */
import type { Population } from '../model/population.ts';
import { Shard } from '../model/shard.ts';
import { runKeyFromSeed } from '../random/runKey.ts';
import type { RunConfig } from './config.ts';
import { cohortCount } from './coordinator.ts';

export function startingPopulation(config: RunConfig): Population {
  const shard = new Shard({
    params: config.params,
    runKey: runKeyFromSeed(config.seed),
    start: 0,
    count: config.people,
    cohorts: cohortCount(config.weeks),
    traced: [],
    sampled: [],
  });
  return shard.population();
}
