/**
 * One benchmark case, measured in its own process so that its peak memory is its own: a market
 * of `people` for `weeks`, in this thread or split over `threads` worker threads. Time is wall
 * time of the run (the median of several runs after a warm-up for small cases); memory is the
 * peak resident set above the process's footprint before the run, per person.
 */
import { resourceUsage } from 'node:process';
import { Population } from '../sim/model/population.ts';
import { defaultParams } from '../sim/params/schema.ts';
import type { RunConfig } from '../sim/run/config.ts';
import { simulate } from '../sim/run/simulate.ts';
import { simulateSharded } from '../sim/run/simulateSharded.ts';
import { startThreadPool } from './threadPool.ts';

export interface CaseSpec {
  people: number;
  weeks: number;
  threads: number;
}

export interface CaseResult extends CaseSpec {
  milliseconds: number;
  nanosecondsPerPersonWeek: number;
  peakBytesPerPerson: number;
  stateBytesPerPerson: number;
  runs: number;
}

/** Small cases are repeated (the app re-runs warm); large ones run once. */
function repetitions(spec: CaseSpec): number {
  return spec.people * spec.weeks <= 5_000_000 ? 7 : 1;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function measureCase(spec: CaseSpec): Promise<CaseResult> {
  const config: RunConfig = { seed: 1, weeks: spec.weeks, people: spec.people, params: defaultParams() };
  const runs = repetitions(spec);
  const pool = spec.threads > 1 ? startThreadPool(spec.threads) : undefined;
  const run = async (what: RunConfig) => (pool ? simulateSharded(what, pool.shards) : simulate(what));
  const once = () => run(config);
  // Load the threads and compile the hot code before measuring; small cases warm up fully.
  await run({ ...config, people: Math.min(spec.people, 2000), weeks: Math.min(spec.weeks, 20) });
  if (runs > 1) await once();
  global.gc?.();
  const baselineBytes = process.memoryUsage().rss;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  const peakBytes = resourceUsage().maxRSS * 1024;
  await pool?.close();
  const milliseconds = median(times);
  return {
    ...spec,
    milliseconds,
    nanosecondsPerPersonWeek: (milliseconds * 1e6) / (spec.people * spec.weeks),
    peakBytesPerPerson: Math.max(0, peakBytes - baselineBytes) / spec.people,
    stateBytesPerPerson: Population.bytesPerPerson(),
    runs,
  };
}
