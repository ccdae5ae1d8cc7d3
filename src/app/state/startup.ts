/**
 * What the page runs when it opens: the default run (default parameters, seed, weeks and market
 * size from the core's limits) and the start-up options read from the address. `?workers=K`
 * spreads the people over K Web Workers (1 to 8); it changes the speed, never a number. A value
 * outside the range is ignored with a note, as the design asks of a wrong address.
 */
import { defaultParams, LIMITS, type RunConfig } from '../../sim/index.ts';
import { t } from '../i18n/t.ts';

export const WORKERS = { min: 1, max: 8, default: 1 } as const;

/**
 * Workers for a spread across seeds: one per core up to four (each holds a whole market, so more
 * would cost memory for little), at least two.
 */
export function spreadWorkerCount(cores: number | undefined): number {
  return Math.max(2, Math.min(4, cores ?? 2));
}

export interface Startup {
  config: RunConfig;
  workers: number;
  /** What the address asked for and did not get, each as a sentence for the reader. */
  ignored: string[];
}

export function defaultRunConfig(): RunConfig {
  return {
    seed: LIMITS.seed.default,
    weeks: LIMITS.weeks.default,
    people: LIMITS.people.default,
    params: defaultParams(),
  };
}

export function readStartup(search: string): Startup {
  const query = new URLSearchParams(search);
  const ignored: string[] = [];
  let workers: number = WORKERS.default;
  const asked = query.get('workers');
  if (asked !== null) {
    const value = /^\d{1,2}$/.test(asked.trim()) ? Number(asked) : Number.NaN;
    if (value >= WORKERS.min && value <= WORKERS.max) workers = value;
    else ignored.push(t('url.workers', { value: asked, min: WORKERS.min, max: WORKERS.max, used: workers }));
  }
  return { config: defaultRunConfig(), workers, ignored };
}
