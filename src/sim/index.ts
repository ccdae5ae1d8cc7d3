/** The simulation core's public surface. */
export { simulate } from './run/simulate.ts';
export { Coordinator, splitPeople, cohortCount } from './run/coordinator.ts';
export { LIMITS, type RunConfig, type RunResult, type CohortTable } from './run/config.ts';
export { Shard, type ShardSpec } from './model/shard.ts';
export type { WeekContext } from './model/context.ts';
export type { StoryEvent } from './model/story.ts';
export { defaultParams, groups, paramDefs, paramKeys, paramDef, type Params, type ParamKey } from './params/schema.ts';
export { checkValue, parseValue, paramsWith, describeAllowed, isParamKey, type Checked } from './params/validate.ts';
export type { ParamDef, GroupId } from './params/types.ts';
export { allSeries, seriesNames, type Series, type SeriesInfo } from './metrics/series.ts';
export { ledgerLines } from './metrics/ledger.ts';
export type { Summary } from './metrics/summary.ts';
export { MODEL_VERSION } from './version.ts';
export { simulateSharded, RunCancelled, type ShardedOptions } from './run/simulateSharded.ts';
export { createShardHost } from './run/shardHost.ts';
export { portShard, type MessagePortLike } from './run/portShard.ts';
export type { RemoteShard, ShardRequest, ShardResponse } from './run/shardProtocol.ts';
export { sampleIds, type StateSample } from './model/stateLog.ts';
