/**
 * The addresses a scenario hands out: the link to one of its steps (for "copy link" and the QR
 * code: the whole address, so it opens anywhere), and the links into the sandbox with A and B
 * loaded, as the scenario runs them or with a "what if" change; its printable sheets; and its learning check.
 * Each carries the language on screen (routing/href.ts), so a shared step opens in the sharer's language.
 */
import { variantParams, type Overrides, type Scenario } from '../../scenarios/index.ts';
import { formatRoute, type CheckPage, type PrintSheet, type ScenarioRoute } from '../routing/route.ts';
import { hrefOfSearch } from '../routing/href.ts';
import { sandboxSearch } from '../url/sandboxLink.ts';

/** Where a scenario is: its step, its seed (null: the scenario's own), classroom mode, the teacher's notes and the room's hands. */
export interface Place {
  step: number;
  seed: number | null;
  present: boolean;
  teacher: boolean;
  /** The room's show of hands (classroom/hands.ts); none counted when absent. */
  hands?: readonly number[];
}

/** The path and query of a step, for this page's address. */
export function stepHref(scenario: Scenario, place: Place): string {
  const { hands, ...rest } = place;
  return hrefOfSearch(formatRoute({ view: 'scenario', scenario: scenario.id, ...rest, ...(hands ? { hands: [...hands] } : {}) }));
}

/** The full address of a step, without classroom mode, the teacher's notes or the room's hands (students open it on their own screens). */
export function shareUrl(scenario: Scenario, place: Omit<Place, 'present' | 'teacher' | 'hands'>): string {
  return new URL(stepHref(scenario, { ...place, present: false, teacher: false }), window.location.href).href;
}

/** The address of a scenario's printable sheet: the learners' handout or the teacher's sheet. */
export function printHref(scenario: Scenario, sheet: PrintSheet): string {
  const route = { view: 'scenario', scenario: scenario.id, step: 1, seed: null, present: false, teacher: false, print: sheet } as const;
  return hrefOfSearch(formatRoute(route));
}

/** The path and query of a page of the scenario's learning check, with the room's codes on the tally's. */
export function checkHref(scenario: Scenario, page: CheckPage, codes: readonly string[] = []): string {
  const route: ScenarioRoute = { view: 'scenario', scenario: scenario.id, step: 1, seed: null, present: false, teacher: false, check: page, codes: [...codes] };
  return hrefOfSearch(formatRoute(route));
}

/** The full address of a learner's check, for the link and QR code the room's tally shows. */
export function checkUrl(scenario: Scenario, page: 'before' | 'after'): string {
  return new URL(checkHref(scenario, page), window.location.href).href;
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
  return hrefOfSearch(query);
}
