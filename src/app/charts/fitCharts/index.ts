/** The charts of a fit, in the order the "Your customers" view shows them; each says where it applies. */
import type { FitOnScreen } from '../../../analysis/fitFile.ts';
import type { ChartDefinition } from '../contract.ts';
import { aliveDefinition, histogramDefinition } from './customerBars.ts';
import { survivalDefinition } from './survival.ts';
import { cumulativeTrackingDefinition, weeklyTrackingDefinition } from './tracking.ts';

export const FIT_CHARTS: readonly ChartDefinition<FitOnScreen>[] = [
  weeklyTrackingDefinition,
  cumulativeTrackingDefinition,
  histogramDefinition,
  aliveDefinition,
  survivalDefinition,
];
