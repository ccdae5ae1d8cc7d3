/**
 * The addresses a scenario hands out: the link to one of its steps (for "copy link" and the QR
 * code: the whole address, so it opens anywhere), and the links into the sandbox with A and B
 * loaded, as the scenario runs them or with a "what if" change.
 */
import { variantParams, type Overrides, type Scenario } from '../../scenarios/index.ts';
import { formatRoute, type PrintSheet } from '../routing/route.ts';
import { sandboxSearch } from '../url/sandboxLink.ts';

/** Where a scenario is: its step, its seed (null: the scenario's own), classroom mode and the teacher's notes. */
export interface Place {
  step: number;
  seed: number | null;
  present: boolean;
  teacher: boolean;
}

/** The path and query of a step, for this page's address. */
export function stepHref(scenario: Scenario, place: Place): string {
  return `${window.location.pathname}${formatRoute({ view: 'scenario', scenario: scenario.id, ...place })}`;
}

/** The full address of a step, without classroom mode or the teacher's notes (students open it on their own screens). */
export function shareUrl(scenario: Scenario, place: Omit<Place, 'present' | 'teacher'>): string {
  return new URL(stepHref(scenario, { ...place, present: false, teacher: false }), window.location.href).href;
}

/** The address of a scenario's printable sheet: the learners' handout or the teacher's sheet. */
export function printHref(scenario: Scenario, sheet: PrintSheet): string {
  const route = { view: 'scenario', scenario: scenario.id, step: 1, seed: null, present: false, teacher: false, print: sheet } as const;
  return `${window.location.pathname}${formatRoute(route)}`;
}

/** The sandbox with the scenario's A and B on the seed run, and a "what if"'s changes if given. */
export function sandboxHref(scenario: Scenario, seed: number, changes: { A: Overrides; B: Overrides } = { A: {}, B: {} }): string {
  const query = sandboxSearch({
    seed,
    weeks: scenario.weeks,
    people: scenario.people,
    a: variantParams(scenario, 'A', changes.A),
    b: variantParams(scenario, 'B', changes.B),
  });
  return `${window.location.pathname}${query}`;
}
