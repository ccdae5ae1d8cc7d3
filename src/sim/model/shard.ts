/**
 * A shard: the people with global ids [start, start + count) and their weekly step. A run is one
 * shard or several (in workers); because every draw is keyed by the person and every total is an
 * integer, the layout never changes a number.
 *
 * The order of a person's week is written out in `stepPerson`, top to bottom, following the
 * design: acquisition and referrals → purchases (discounts, points earned and redeemed, points
 * burning) → service experience, failures and complaints → satisfaction → competitor and leaving,
 * or winning back → company events (the club) → counting into the totals.
 */
import type { Params } from '../params/schema.ts';
import { weekBase } from '../random/counterHash.ts';
import { burnPoints } from './bonusBank.ts';
import { clubWeek } from './club.ts';
import { startingContext, type WeekContext } from './context.ts';
import { experienceWeek } from './experience.ts';
import { emptyPersonWeek, isTraced, resetPersonWeek, type Frame } from './frame.ts';
import { lapsedWeek, prospectWeek } from './joining.ts';
import { leavingWeek, refreshHazards } from './leaving.ts';
import { derivePolicy } from './policy.ts';
import { Population } from './population.ts';
import { purchaseWeek } from './purchases.ts';
import { Flag, State } from './states.ts';
import { StoryBook, type StoryEvent } from './story.ts';
import { tallyPerson } from './tally.ts';
import { T, totalsLength } from './totals.ts';
import { drawPerson } from './traits.ts';

const BREAKAGE = T.breakageCents;
const PROSPECTS = T.prospects;

export interface ShardSpec {
  params: Params;
  runKey: number;
  start: number;
  count: number;
  cohorts: number;
  /** Global ids of the people whose stories are recorded (those outside the shard are ignored). */
  traced: readonly number[];
}

export class Shard {
  private readonly frame: Frame;

  constructor(spec: ShardSpec) {
    const population = new Population(spec.start, spec.count);
    const policy = derivePolicy(spec.params);
    const mine = spec.traced.filter((id) => id >= spec.start && id < spec.start + spec.count);
    this.frame = {
      population,
      params: spec.params,
      policy,
      story: new StoryBook(mine),
      out: new Float64Array(totalsLength(spec.cohorts)),
      context: startingContext(spec.params),
      person: emptyPersonWeek(),
    };
    for (let offset = 0; offset < spec.count; offset++) drawPerson(population, offset, spec.runKey, spec.params, policy);
    for (const id of mine) population.flags[id - spec.start] |= Flag.traced;
    for (let offset = 0; offset < spec.count; offset++) {
      if (population.state[offset] === State.customer) refreshHazards(this.frame, offset);
    }
  }

  /** Totals of the starting market, counted as at the end of week −1. */
  initialTotals(): Float64Array {
    const frame = this.frame;
    frame.out.fill(0);
    frame.context = startingContext(frame.params);
    for (let offset = 0; offset < frame.population.count; offset++) tallyPerson(frame, offset);
    return frame.out.slice();
  }

  /** Step every person of the shard through one week; returns the week's totals. */
  step(context: WeekContext): Float64Array {
    const frame = this.frame;
    frame.context = context;
    const out = frame.out;
    out.fill(0);
    const population = frame.population;
    const states = population.state;
    const keys = population.randomKey;
    const week = context.week;
    let prospects = 0;
    for (let offset = 0; offset < population.count; offset++) {
      const base = weekBase(keys[offset], week);
      if (states[offset] === State.prospect) {
        // Most of the market: a prospect's week is one chance of joining, then counting.
        prospectWeek(frame, offset, base);
        if (states[offset] === State.prospect) {
          prospects += 1;
          continue;
        }
        tallyPerson(frame, offset);
      } else {
        this.stepMember(offset, base);
      }
    }
    out[PROSPECTS] += prospects;
    return out.slice();
  }

  /** The week of a customer or a former customer, in the design's order. */
  private stepMember(offset: number, base: number): void {
    const frame = this.frame;
    const population = frame.population;
    const state = population.state[offset];
    resetPersonWeek(frame.person);

    if (state === State.customer) {
      purchaseWeek(frame, offset, base);
      if (frame.person.purchases > 0) experienceWeek(frame, offset, base);
    }
    if (frame.context.burningSlot >= 0 && population.pointsBalance[offset] > 0) this.burn(offset);
    if (state === State.customer) {
      leavingWeek(frame, offset, base);
      if (frame.policy.clubOn && population.state[offset] === State.customer) clubWeek(frame, offset);
    } else {
      lapsedWeek(frame, offset, base);
    }
    tallyPerson(frame, offset);
  }

  private burn(offset: number): void {
    const frame = this.frame;
    const burned = burnPoints(frame.population, offset, frame.context.burningSlot);
    frame.out[BREAKAGE] += burned;
    if (burned > 0 && isTraced(frame, offset)) {
      frame.story.add(frame.population.start + offset, { week: frame.context.week, kind: 'pointsBurned', amount: burned / 100 });
    }
  }

  stories(): Map<number, StoryEvent[]> {
    return this.frame.story.stories;
  }
}
