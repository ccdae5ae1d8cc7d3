/**
 * The presets a parameter group can be set to as a whole (the sandbox's choice in "Relationships
 * that grow"), from the core's presets.ts, and which of them a set of values matches: a preset
 * matches when every value it sets is the set's, else the group's values are "custom". A preset
 * only ever sets values (a link holds the values, never a preset's name).
 */
import { presetIds, presets, type GroupId, type ParamKey, type Params, type PresetId } from '../../sim/index.ts';

/** What the choice shows: a preset, or "custom" when the values match none. */
export type PresetOption = PresetId | 'custom';

const byGroup: Partial<Record<GroupId, readonly PresetId[]>> = { relationship: presetIds };

/** The presets of a group, in the order they are offered; none for most groups. */
export function presetsOf(group: GroupId): readonly PresetId[] {
  return byGroup[group] ?? [];
}

/** The values a preset sets (checked against the schema as they are set, like any control's). */
export function presetValues(id: PresetId): Partial<Record<ParamKey, unknown>> {
  return presets[id];
}

/** The first of `ids` whose every value `values` holds, or "custom". */
export function matchingPreset(values: Params, ids: readonly PresetId[]): PresetOption {
  const matches = (id: PresetId) => Object.entries(presets[id]).every(([key, value]) => values[key as ParamKey] === value);
  return ids.find(matches) ?? 'custom';
}
