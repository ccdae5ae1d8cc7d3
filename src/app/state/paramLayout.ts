/**
 * How the parameter controls are laid out, read from the schema alone: the groups in the schema's
 * order, and inside each group the switches and the parameters each switch governs. A switch is a
 * boolean parameter named `….enabled` or `…Enabled`; it governs the parameters of its group whose
 * key starts with the same prefix (`discount.enabled` governs every `discount.*`;
 * `competitor.campaignEnabled` governs the `competitor.campaign*` ones). Governed controls are
 * dimmed while their switch is off.
 */
import { groups, paramDef, paramKeys, type GroupId, type ParamKey } from '../../sim/index.ts';

/** A switch and the parameters that only matter when it is on. */
export interface SwitchBlock {
  switchKey: ParamKey;
  keys: ParamKey[];
}

export interface GroupLayout {
  id: GroupId;
  /** The schema's title of the group. */
  title: string;
  /** Every parameter of the group, in schema order. */
  keys: ParamKey[];
  /** Parameters that no switch governs (switches without governed parameters included). */
  free: ParamKey[];
  blocks: SwitchBlock[];
}

const SWITCH_SUFFIX = /(?:enabled|Enabled)$/;

/** The key prefix a switch governs, or null when the key is not a switch. */
function switchPrefix(key: ParamKey): string | null {
  if (paramDef(key).kind !== 'boolean' || !SWITCH_SUFFIX.test(key)) return null;
  return key.replace(SWITCH_SUFFIX, '');
}

function layoutOf(id: GroupId, title: string): GroupLayout {
  const keys = paramKeys.filter((key) => paramDef(key).group === id);
  const blocks: SwitchBlock[] = [];
  for (const key of keys) {
    const prefix = switchPrefix(key);
    if (prefix === null) continue;
    const governed = keys.filter((other) => other !== key && other.startsWith(prefix) && switchPrefix(other) === null);
    if (governed.length > 0) blocks.push({ switchKey: key, keys: governed });
  }
  const placed = new Set(blocks.flatMap((block) => [block.switchKey, ...block.keys]));
  return { id, title, keys, free: keys.filter((key) => !placed.has(key)), blocks };
}

/** Every group of the schema, in the schema's order. */
export const groupLayouts: readonly GroupLayout[] = groups.map((group) => layoutOf(group.id, group.title));

/** The switch that governs `key`, or null. */
export function governingSwitch(key: ParamKey): ParamKey | null {
  const layout = groupLayouts.find((group) => group.id === paramDef(key).group);
  return layout?.blocks.find((block) => block.keys.includes(key))?.switchKey ?? null;
}

/** Keys of a group, for resetting it. */
export function keysOf(group: GroupId): ParamKey[] {
  return groupLayouts.find((layout) => layout.id === group)?.keys ?? [];
}
