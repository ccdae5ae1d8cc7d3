/**
 * Named presets: sets of parameter values a learner can pick as a whole (the CLI's --preset, the
 * sandbox's choice in the relationship group). A preset sets values, never a name in the run: a
 * run or a link holds the values themselves.
 *
 *   evidence   "as the evidence finds": the schema's defaults of the relationship group, small
 *              effects (Reinartz & Kumar 2000, 2002; East, Hammond & Gendall 2006), with Bolton's
 *              (1998) forgiveness of a single bad experience.
 *   reichheld  "as Reichheld describes": the profit sources of Reichheld & Sasser's (1990) exhibit,
 *              profit per customer about 2.5× higher in year 5+ than in year 1 (their credit-card
 *              case: $30 → $55 a year, 1.8×), most of it from spend growth and a price premium.
 */
import { paramDefs, type ParamKey } from './schema.ts';
import type { ParamValue } from './types.ts';

export const presetIds = ['evidence', 'reichheld'] as const;
export type PresetId = (typeof presetIds)[number];

const relationshipKeys = Object.keys(paramDefs).filter((key) => key.startsWith('relationship.')) as ParamKey[];

function evidenceValues(): Partial<Record<ParamKey, ParamValue>> {
  return Object.fromEntries(relationshipKeys.map((key) => [key, paramDefs[key].default]));
}

export const presets: Record<PresetId, Partial<Record<ParamKey, ParamValue>>> = {
  evidence: evidenceValues(),
  reichheld: {
    ...evidenceValues(),
    'relationship.spendGrowth': 2,
    'relationship.priceTolerance': 0.5,
    'relationship.pricePremium': 0.2,
    'relationship.costSaving': 0.5,
    'relationship.referralGrowth': 2,
    'relationship.forgiveness': 1,
  },
};

export function isPresetId(text: string): text is PresetId {
  return (presetIds as readonly string[]).includes(text);
}
