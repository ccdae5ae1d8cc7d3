/** Scenarios: the checked content of content/scenarios, their runs and their debriefs (no DOM, no Node). */
export { loadScenario, SCENARIO_ID } from './load.ts';
export { debriefOf, type Debrief } from './debrief.ts';
export { leverConfigs, variantConfig, variantPair, variantParams, whatIfConfigs } from './run.ts';
export { computeFigures, crossingWeek, type Figure } from './figures.ts';
export { parseTemplate, fillTemplate, holds } from './template.ts';
export { CHART_IDS, SANDBOX_ONLY_CHARTS, type ChartId } from './chartIds.ts';
export { VARIANTS, cardOf, type Scenario, type ScenarioCard, type ScenarioStep, type Variant, type WhatIf, type Overrides, type Lever, type TeacherNotes } from './types.ts';
