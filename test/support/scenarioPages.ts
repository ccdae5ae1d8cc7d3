/**
 * Where a scenario's pages are, counted as the player counts them (1 is the story): its steps,
 * then "Where does it hold?" when it has a sweep, then the debrief, last.
 */
import type { Scenario } from '../../src/scenarios/types.ts';

/** The step number of the debrief, the scenario's last page. */
export function debriefStep(scenario: Pick<Scenario, 'steps' | 'holds'>): number {
  return scenario.steps.length + (scenario.holds ? 3 : 2);
}
