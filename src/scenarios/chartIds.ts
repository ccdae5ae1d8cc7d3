/**
 * The ids of the app's charts that a scenario's step may point at. The charts themselves live in
 * the app (src/app/charts/catalog.ts), which the CLI cannot load; a unit test keeps this list
 * equal to the catalogue's, but for the spread across seeds (SANDBOX_ONLY_CHARTS), which needs
 * many seeds that a scenario's step does not run.
 */
export const CHART_IDS = [
  'difference', 'market', 'profit', 'flows', 'ledger', 'cohorts', 'satisfaction', 'points', 'value', 'tenure',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

/** Charts of the catalogue that a scenario's step cannot show. */
export const SANDBOX_ONLY_CHARTS = ['spread'] as const;
