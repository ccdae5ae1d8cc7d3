/** The modules the scenarios' Vite plugin (node/vitePlugin.ts) makes for the app. */
declare module 'virtual:scenarios' {
  import type { Scenario, ScenarioCard } from './types.ts';

  /** The English cards: every scenario's id, in the home page's order. */
  export const scenarioCards: ScenarioCard[];
  /** The cards in a language, in the same order; English stands in for a scenario not yet translated. */
  export function scenarioCardsIn(language: string): ScenarioCard[];
  /** The checked scenario with this id in a language (English where it is not translated), or null if there is none. */
  export function loadScenario(id: string, language?: string): Promise<Scenario | null>;
}
