/**
 * The catalogue of the sandbox's charts, in the order a page shows them. Each is a definition
 * (contract.ts): a view shows those whose `applies` holds for the runs on screen.
 */
import type { ChartDefinition, ChartInput } from './contract.ts';
import { cohortsDefinition } from './definitions/cohorts.ts';
import { differenceDefinition } from './definitions/difference.ts';
import { flowsDefinition } from './definitions/flows.ts';
import { ledgerDefinition } from './definitions/ledger.ts';
import { marketDefinition } from './definitions/market.ts';
import { pointsDefinition } from './definitions/points.ts';
import { profitDefinition } from './definitions/profit.ts';
import { satisfactionDefinition } from './definitions/satisfaction.ts';
import { spreadDefinition } from './definitions/spread.ts';
import { tenureDefinition } from './definitions/tenure.ts';
import { valueDefinition } from './definitions/value.ts';

export const chartDefinitions: ChartDefinition[] = [
  differenceDefinition,
  spreadDefinition,
  marketDefinition,
  profitDefinition,
  flowsDefinition,
  ledgerDefinition,
  cohortsDefinition,
  satisfactionDefinition,
  pointsDefinition,
  valueDefinition,
  tenureDefinition,
];

/** The definition with this id, if any. */
export function chartDefinition(id: string): ChartDefinition | undefined {
  return chartDefinitions.find((definition) => definition.id === id);
}

/** The definitions that have something to show for these runs, in catalogue order. */
export function applicableCharts(input: ChartInput): ChartDefinition[] {
  return chartDefinitions.filter((definition) => definition.applies(input));
}
