/**
 * The weekly state of a sample of people, for the population view: which of the sampled people
 * were prospects, customers or former customers at the end of each week. Only the sample is
 * logged (at most a few thousand people), one byte per person and week, and the weeks in which a
 * newcomer took a sampled person's place in an open market (catchment.ts).
 */
import type { Population } from './population.ts';

export interface StateSample {
  /** Global ids of the sampled people, in increasing order. */
  ids: number[];
  /** rows[w + 1][i]: the state (see states.ts) of ids[i] at the end of week w; rows[0] is the start. */
  rows: Uint8Array[];
  /** arrivals[i]: the weeks (0-based, increasing) in which a newcomer took the place of ids[i]. */
  arrivals: number[][];
}

/** Ids of at most `size` people spread evenly over a market of `people`. */
export function sampleIds(people: number, size: number): number[] {
  const count = Math.max(0, Math.min(size, people));
  return Array.from({ length: count }, (_, index) => Math.floor((index * people) / count));
}

export class StateLog {
  private readonly offsets: Int32Array;
  readonly ids: number[];
  readonly rows: Uint8Array[] = [];
  private readonly arrivals: number[][];
  /** The occupant of each sampled slot when last recorded (Population.generation). */
  private readonly occupants: Uint16Array;

  constructor(population: Population, ids: readonly number[]) {
    const mine = ids.filter((id) => id >= population.start && id < population.start + population.count);
    this.ids = mine;
    this.offsets = Int32Array.from(mine, (id) => id - population.start);
    this.arrivals = mine.map(() => []);
    this.occupants = new Uint16Array(mine.length);
  }

  /** Append the sampled people's states as they are now; the first call records the start. */
  record(population: Population): void {
    if (this.offsets.length === 0) return;
    const row = new Uint8Array(this.offsets.length);
    const week = this.rows.length - 1;
    for (let index = 0; index < this.offsets.length; index++) {
      const offset = this.offsets[index];
      row[index] = population.state[offset];
      const occupant = population.generation[offset];
      if (occupant !== this.occupants[index]) {
        this.occupants[index] = occupant;
        this.arrivals[index].push(week);
      }
    }
    this.rows.push(row);
  }

  sample(): StateSample {
    return { ids: this.ids, rows: this.rows, arrivals: this.arrivals };
  }
}

/** Join the samples of several shards (given in shard order, hence in id order). */
export function mergeSamples(parts: readonly StateSample[]): StateSample {
  const ids = parts.flatMap((part) => part.ids);
  const arrivals = parts.flatMap((part) => part.arrivals);
  const weeks = Math.max(0, ...parts.map((part) => part.rows.length));
  const rows: Uint8Array[] = [];
  for (let week = 0; week < weeks; week++) {
    const row = new Uint8Array(ids.length);
    let at = 0;
    for (const part of parts) {
      if (part.ids.length === 0) continue;
      row.set(part.rows[week], at);
      at += part.ids.length;
    }
    rows.push(row);
  }
  return { ids, rows, arrivals };
}
