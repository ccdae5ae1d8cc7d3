/**
 * The transaction log (a run option, RunConfig.transactions): every purchase of the run, with the
 * person (global id, and which occupant of that slot: 0 for the first, k for the k-th newcomer who
 * took it, catchment.ts), the week, its time within the week and the money paid for it in cents. A
 * week's purchases are placed uniformly within it, as sorted uniforms of their own purpose, so each
 * has a continuous time: week + fraction, in weeks since the start of week 0. The week's money
 * paid is split evenly over its purchases, whole cents, the odd cents to the earliest. The log is
 * kept in typed arrays that grow by doubling, up to `MAX_TRANSACTIONS` rows (20 bytes a row, and as
 * much again for the sorted copy); a run that would log more stops with an error saying so. A run
 * without it records nothing.
 *
 * Order: by person, then time. A shard keeps its people's purchases in week order and sorts them
 * by person at the end (a stable counting sort); shards hold contiguous ranges of people, so the
 * shards' tables joined in shard order are the same table in any layout.
 */
import { uniformFor } from '../random/counterHash.ts';
import { POISSON_CAP } from '../random/distributions.ts';
import { Purpose } from '../random/purposes.ts';

const PURCHASE_TIME = Purpose.purchaseTime;
const FIRST_CAPACITY = 1024;
/**
 * The most purchases one log holds: 40 million, about 0.8 GB of arrays and 1.6 GB with the sorted
 * copy. At the defaults 1,000,000 people × 520 weeks log about 11.5 million (a 434 MB CSV, measured
 * on 4 December 2026); 2,000,000 × 1,040, the limits of a run, would log about 8 times that.
 */
export const MAX_TRANSACTIONS = 40_000_000;
/** Scratch for one week's sorted purchase times, reused to avoid allocation. */
const TIMES = new Float64Array(POISSON_CAP);

/** Every purchase of a run, one row per purchase, ordered by person and then time. */
export interface TransactionTable {
  person: Int32Array;
  /** Which occupant of the person's slot made the purchase (Population.generation). */
  occupant: Uint16Array;
  week: Int16Array;
  /** The purchase's time within its week, in [0, 1) weeks. */
  fraction: Float64Array;
  cents: Int32Array;
}

export function emptyTransactions(): TransactionTable {
  return { person: new Int32Array(0), occupant: new Uint16Array(0), week: new Int16Array(0), fraction: new Float64Array(0), cents: new Int32Array(0) };
}

export class TransactionLog {
  /** False when the run did not ask for the log: then nothing is ever recorded. */
  readonly on: boolean;
  private length = 0;
  private table: TransactionTable;

  /** `limit`: the most rows it holds (tests set a small one). */
  constructor(on: boolean, private readonly limit = MAX_TRANSACTIONS) {
    this.on = on;
    this.table = on ? grown(emptyTransactions(), 0, Math.min(FIRST_CAPACITY, limit)) : emptyTransactions();
  }

  /**
   * Record the `made` purchases of a person-week (base: its draw base) whose count drew `drawn`
   * (more, when the customer dropped out after the `made`-th): the times are the first `made` of
   * `drawn` sorted uniforms, so a dropout keeps the earliest purchases of the week.
   */
  record(person: number, occupant: number, week: number, base: number, drawn: number, made: number, paidCents: number): void {
    for (let index = 0; index < drawn; index++) {
      const time = uniformFor(base, PURCHASE_TIME, index);
      let at = index;
      while (at > 0 && TIMES[at - 1] > time) {
        TIMES[at] = TIMES[at - 1];
        at -= 1;
      }
      TIMES[at] = time;
    }
    if (this.length + made > this.table.person.length) {
      if (this.length + made > this.limit) {
        throw new Error(
          `the transaction log would pass ${this.limit.toLocaleString('en-US')} purchases (in week ${week + 1}); ` +
            'export fewer people or weeks, as its size grows with people × weeks × purchases a week',
        );
      }
      this.table = grown(this.table, this.length, Math.min(this.limit, Math.max(2 * this.table.person.length, this.length + made)));
    }
    const share = Math.floor(paidCents / made);
    const odd = paidCents - share * made;
    const { person: people, occupant: occupants, week: weeks, fraction, cents } = this.table;
    for (let index = 0; index < made; index++) {
      const row = this.length++;
      people[row] = person;
      occupants[row] = occupant;
      weeks[row] = week;
      fraction[row] = TIMES[index];
      cents[row] = share + (index < odd ? 1 : 0);
    }
  }

  /** The shard's purchases ordered by person, then time; `start` and `count`: the shard's people. */
  sorted(start: number, count: number): TransactionTable {
    const rows = this.length;
    const source = this.table;
    const firstRow = new Int32Array(count + 1);
    for (let row = 0; row < rows; row++) firstRow[source.person[row] - start + 1] += 1;
    for (let offset = 0; offset < count; offset++) firstRow[offset + 1] += firstRow[offset];
    const target = grown(emptyTransactions(), 0, rows);
    for (let row = 0; row < rows; row++) {
      const to = firstRow[source.person[row] - start]++;
      target.person[to] = source.person[row];
      target.occupant[to] = source.occupant[row];
      target.week[to] = source.week[row];
      target.fraction[to] = source.fraction[row];
      target.cents[to] = source.cents[row];
    }
    return target;
  }
}

/** A table of `capacity` rows holding the first `rows` of `table`. */
function grown(table: TransactionTable, rows: number, capacity: number): TransactionTable {
  const next = {
    person: new Int32Array(capacity),
    occupant: new Uint16Array(capacity),
    week: new Int16Array(capacity),
    fraction: new Float64Array(capacity),
    cents: new Int32Array(capacity),
  };
  next.person.set(table.person.subarray(0, rows));
  next.occupant.set(table.occupant.subarray(0, rows));
  next.week.set(table.week.subarray(0, rows));
  next.fraction.set(table.fraction.subarray(0, rows));
  next.cents.set(table.cents.subarray(0, rows));
  return next;
}

/** Join the shards' tables, given in shard order (hence in person order). */
export function mergeTransactions(parts: readonly TransactionTable[]): TransactionTable {
  const rows = parts.reduce((sum, part) => sum + part.person.length, 0);
  const merged = grown(emptyTransactions(), 0, rows);
  let at = 0;
  for (const part of parts) {
    merged.person.set(part.person, at);
    merged.occupant.set(part.occupant, at);
    merged.week.set(part.week, at);
    merged.fraction.set(part.fraction, at);
    merged.cents.set(part.cents, at);
    at += part.person.length;
  }
  return merged;
}
