/** The modules the scenarios' Vite plugin (node/vitePlugin.ts) makes for the app. */
declare module 'virtual:scenarios' {
  import type { Scenario, ScenarioCard } from './types.ts';

  export const scenarioCards: ScenarioCard[];
  /** The checked scenario with this id, or null if there is none. */
  export function loadScenario(id: string): Promise<Scenario | null>;
}
