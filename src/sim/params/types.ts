/**
 * The shapes of parameter definitions. The schema (schema.ts) is the single source of every
 * parameter's name, unit, range, default, help text and source; the CLI, the validation, the
 * app's controls and the documentation are all generated from it.
 */

export type GroupId =
  | 'market'
  | 'purchases'
  | 'acquisition'
  | 'wordOfMouth'
  | 'promises'
  | 'service'
  | 'churn'
  | 'relationship'
  | 'discount'
  | 'bonusBank'
  | 'club'
  | 'competitor'
  | 'guarantee'
  | 'priceChange'
  | 'listening'
  | 'outreach'
  | 'reinvestment'
  | 'firing'
  | 'costs';

interface ParamCommon {
  /** The mechanism this parameter belongs to. */
  group: GroupId;
  /** A short name for controls and tables. */
  label: string;
  /** The unit, as a reader should see it ("$", "share", "weeks", "per week", …). */
  unit: string;
  /** One line on what the parameter does. */
  help: string;
  /** Why the default is what it is: an article id, a study, or a stated modelling reason. */
  source: string;
}

export interface NumberParamDef extends ParamCommon {
  kind: 'number' | 'integer';
  min: number;
  max: number;
  /** The natural increment of a control. */
  step: number;
  default: number;
}

export interface BooleanParamDef extends ParamCommon {
  kind: 'boolean';
  default: boolean;
}

export interface ChoiceParamDef<C extends string = string> extends ParamCommon {
  kind: 'choice';
  choices: readonly C[];
  default: C;
}

export type ParamDef = NumberParamDef | BooleanParamDef | ChoiceParamDef;

export type ParamValue = number | boolean | string;
