/**
 * The parameter schema: every parameter of the model, once. Each entry gives the name, kind,
 * unit, range, default, help text and source. `Params` is the typed set of values a run takes.
 */
import { experienceDefs } from './defs.experience.ts';
import { investmentDefs } from './defs.investment.ts';
import { marketDefs } from './defs.market.ts';
import { policyDefs } from './defs.policies.ts';
import { relationDefs } from './defs.relations.ts';
import { relationshipDefs } from './defs.relationship.ts';
import type { GroupId, ParamDef } from './types.ts';

export const paramDefs = { ...marketDefs, ...experienceDefs, ...policyDefs, ...relationDefs, ...relationshipDefs, ...investmentDefs };

type Defs = typeof paramDefs;
export type ParamKey = keyof Defs;

type ValueOf<D> = D extends { kind: 'boolean' }
  ? boolean
  : D extends { kind: 'choice'; choices: readonly (infer C)[] }
    ? C
    : number;

/** The full set of parameter values for one run. */
export type Params = { -readonly [K in ParamKey]: ValueOf<Defs[K]> };

export const paramKeys = Object.keys(paramDefs) as ParamKey[];

export function paramDef(key: ParamKey): ParamDef {
  return paramDefs[key] as ParamDef;
}

/** The groups in the order the documentation and the controls present them. */
export const groups: readonly { id: GroupId; title: string }[] = [
  { id: 'market', title: 'Market' },
  { id: 'purchases', title: 'Purchases' },
  { id: 'acquisition', title: 'Acquisition' },
  { id: 'wordOfMouth', title: 'Word of mouth' },
  { id: 'promises', title: 'Promises and satisfaction' },
  { id: 'service', title: 'Service failures and complaints' },
  { id: 'churn', title: 'Drifting away' },
  { id: 'relationship', title: 'Relationships that grow' },
  { id: 'discount', title: 'Discount card' },
  { id: 'bonusBank', title: 'Bonus bank' },
  { id: 'club', title: 'Customer club' },
  { id: 'competitor', title: 'Competitor' },
  { id: 'guarantee', title: 'Satisfaction guarantee' },
  { id: 'priceChange', title: 'Price change' },
  { id: 'listening', title: 'Listening' },
  { id: 'outreach', title: 'Keeping in touch' },
  { id: 'reinvestment', title: 'Reinvestment' },
  { id: 'firing', title: 'Firing customers' },
  { id: 'costs', title: 'Costs' },
];

/** Every parameter at its default. */
export function defaultParams(): Params {
  const values: Record<string, unknown> = {};
  for (const key of paramKeys) values[key] = paramDefs[key].default;
  return values as Params;
}
