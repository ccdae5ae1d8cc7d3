/**
 * The conversation between a coordinator and a shard that may live in another thread (a Web
 * Worker in the app, a worker thread in the benchmark). Requests carry an id; errors cross as
 * strings. Totals travel as Float64Arrays of integers, so no number is changed on the way.
 * A worker can also make a whole run by itself and send back one weekly series ('run'): an
 * experiment's many runs then cost one message each instead of one a week.
 */
import type { RunConfig } from './config.ts';
import type { WeekContext } from '../model/context.ts';
import type { ShardSpec } from '../model/shard.ts';
import type { StateSample } from '../model/stateLog.ts';
import type { StoryEvent } from '../model/story.ts';
import type { TransactionTable } from '../model/transactionLog.ts';

export type ShardRequest =
  | { id: number; type: 'init'; spec: ShardSpec }
  | { id: number; type: 'step'; context: WeekContext }
  | { id: number; type: 'stories' }
  | { id: number; type: 'sample' }
  | { id: number; type: 'transactions' }
  | { id: number; type: 'run'; config: RunConfig; series: string };

export type ShardResponse =
  | { id: number; ok: true; totals: Float64Array }
  | { id: number; ok: true; stories: Record<number, StoryEvent[]> }
  | { id: number; ok: true; sample: StateSample }
  | { id: number; ok: true; transactions: TransactionTable }
  | { id: number; ok: true; values: Float64Array }
  | { id: number; ok: false; error: string };

/** One shard, wherever it runs. */
export interface RemoteShard {
  init(spec: ShardSpec): Promise<Float64Array>;
  step(context: WeekContext): Promise<Float64Array>;
  stories(): Promise<Record<number, StoryEvent[]>>;
  sample(): Promise<StateSample>;
  transactions(): Promise<TransactionTable>;
  /** A whole run of `config` in the shard's thread (its own people, not the shard's); one series of it. */
  runSeries(config: RunConfig, series: string): Promise<Float64Array>;
}
