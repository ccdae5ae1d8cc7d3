/**
 * Same people in A and B (issue 10, part 6): in every scenario, with and without each of its
 * "what if" changes, the two arms start week 0 with the same people, person by person — every
 * fixed trait and every starting record of src/sim/model/population.ts. A lever may change what
 * happens from week 0 on, never who the people are.
 *
 * Every typed array of the population is compared except these, which are the policy as the
 * person perceives it, not the person:
 *   marketingAppeal  e^(−price attraction) × response to marketing: how our prices (discount, points) look against the rival's;
 *   rivalPull    e^A, the rival's attraction: the same price gap, plus the quality gap;
 *   driftHazard  θ × e^(−k × satisfaction − care's effect): θ is compared (churnPropensity), the
 *                rest is what the care budget does;
 *   yearSpend    starting customers' spending over the past year, reckoned at the run's prices.
 * Two more are compared only where they are part of the person in both arms:
 *   expectation  is compared for the starting customers (what they know of the shop); a prospect's
 *                is the promise the company makes, a policy;
 *   birthdayWeek is drawn only when the company keeps in touch (from its own purpose, so it is the
 *                same whenever it is drawn): compared when both arms draw it.
 */
import { describe, expect, it } from 'vitest';
import { readScenarios } from '../../../src/scenarios/node/readScenarios.ts';
import { variantConfig, variantParams } from '../../../src/scenarios/run.ts';
import type { Overrides, Scenario } from '../../../src/scenarios/types.ts';
import type { Population } from '../../../src/sim/model/population.ts';
import { State } from '../../../src/sim/model/states.ts';
import { startingPopulation } from '../../../src/sim/run/startingPopulation.ts';

type Column = Exclude<ArrayLike<number>, string>;
const POLICY_PERCEPTIONS = new Set(['marketingAppeal', 'rivalPull', 'driftHazard', 'yearSpend']);
const PARTLY_COMPARED = new Set(['expectation', 'birthdayWeek']);

function columns(population: Population): Map<string, Column> {
  const found = new Map<string, Column>();
  for (const [name, value] of Object.entries(population)) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) found.set(name, value as unknown as Column);
  }
  return found;
}

/** The first difference between two starting populations, in words, or null when there is none. */
function firstDifference(a: Population, b: Population): string | null {
  if (a.count !== b.count) return `${a.count} people against ${b.count}`;
  const columnsA = columns(a);
  const columnsB = columns(b);
  const anyTouches = (population: Population) => population.birthdayWeek.some((week) => week !== 0);
  for (const [name, valuesA] of columnsA) {
    if (POLICY_PERCEPTIONS.has(name)) continue;
    if (name === 'birthdayWeek' && !(anyTouches(a) && anyTouches(b))) continue;
    const valuesB = columnsB.get(name)!;
    let differing = 0;
    let first = -1;
    for (let index = 0; index < valuesA.length; index++) {
      const person = name === 'pointSlots' ? Math.floor(index / (valuesA.length / a.count)) : index;
      if (name === 'expectation' && a.state[person] !== State.customer) continue;
      if (!Object.is(valuesA[index], valuesB[index])) {
        differing++;
        if (first < 0) first = index;
      }
    }
    if (differing > 0) {
      return `${name} differs for ${differing} entries, first at ${first}: A ${valuesA[first]}, B ${valuesB[first]}`;
    }
  }
  return null;
}

interface Case {
  scenario: Scenario;
  label: string;
  changes: Record<'A' | 'B', Overrides>;
}

function casesOf(scenario: Scenario): Case[] {
  const plain: Case = { scenario, label: 'as written', changes: { A: {}, B: {} } };
  return [plain, ...scenario.whatIfs.map((whatIf) => ({ scenario, label: `what if "${whatIf.label}"`, changes: whatIf.changes }))];
}

function starting(item: Case, variant: 'A' | 'B'): Population {
  const config = variantConfig(item.scenario, variant);
  return startingPopulation({ ...config, params: variantParams(item.scenario, variant, item.changes[variant]) });
}

const read = readScenarios();
if (!read.ok) throw new Error(read.error);
const scenarios = read.value;

describe('the starting populations of a comparison', () => {
  it('compare every trait and record of a person, bar the policy as the person perceives it', () => {
    const compared = [...columns(startingPopulation({ ...variantConfig(scenarios[0], 'A'), people: 3 })).keys()];
    expect(compared).toEqual(expect.arrayContaining(['premium', 'purchaseRate', 'basket', 'priceSensitivity', 'churnPropensity']));
    expect(compared).toEqual(expect.arrayContaining(['contactsRatio', 'state', 'stateSince', 'satisfaction', 'flags', 'randomKey']));
    for (const name of [...POLICY_PERCEPTIONS, ...PARTLY_COMPARED]) expect(compared).toContain(name);
  });

  it('tell apart a market whose people were drawn from another churn β', () => {
    const scenario = scenarios[0];
    const config = { ...variantConfig(scenario, 'A'), people: 2000 };
    const other = { ...config, params: variantParams(scenario, 'A', { 'churn.beta': 220 }) };
    expect(firstDifference(startingPopulation(config), startingPopulation(other))).toMatch(/^churnPropensity differs for 2000 /);
  });

  it('tell apart prospects told another promise only where it matters: starting customers expect the same', () => {
    const scenario = scenarios[0];
    const config = { ...variantConfig(scenario, 'A'), people: 2000 };
    const promise = { ...config, params: variantParams(scenario, 'A', { 'promises.promisedQuality': 9 }) };
    expect(firstDifference(startingPopulation(config), startingPopulation(promise))).toBeNull();
    const quality = { ...config, params: variantParams(scenario, 'A', { 'service.quality': 8 }) };
    expect(firstDifference(startingPopulation(config), startingPopulation(quality))).toMatch(/^satisfaction differs/);
  });
});

for (const scenario of scenarios) {
  describe(`${scenario.id}: A and B start with the same people`, () => {
    for (const item of casesOf(scenario)) {
      it(item.label, () => {
        expect(firstDifference(starting(item, 'A'), starting(item, 'B'))).toBeNull();
      });
    }
  });
}
