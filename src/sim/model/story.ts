/**
 * A person's story: the events that happened to them, with the week and the reason. Only the
 * people a run was asked to trace are recorded, so tracing costs nothing for everyone else.
 */
import type { JoinChannelId, LeaveReasonId } from './states.ts';
import { joinChannelNames, leaveReasonNames } from './states.ts';

export type StoryEvent =
  | { week: number; kind: 'joined'; channel: (typeof joinChannelNames)[number] }
  | { week: number; kind: 'left'; reason: (typeof leaveReasonNames)[number] }
  | { week: number; kind: 'failure'; complained: boolean }
  | { week: number; kind: 'handled'; policy: 'refund' | 'fix' | 'conflict'; amount: number }
  | { week: number; kind: 'brokenPromise'; experienced: number; promised: number }
  | { week: number; kind: 'redeemed'; amount: number }
  | { week: number; kind: 'pointsBurned'; amount: number }
  | { week: number; kind: 'clubJoined' }
  | { week: number; kind: 'clubLeft' }
  | { week: number; kind: 'movedAway'; wasCustomer: boolean }
  | { week: number; kind: 'guaranteeRefund'; disappointed: boolean; amount: number }
  | { week: number; kind: 'feltCheated'; response: 'hold' | 'credit'; amount: number }
  | { week: number; kind: 'touched'; delivered: boolean }
  | { week: number; kind: 'unsubscribed' }
  | { week: number; kind: 'fired'; why: 'unprofitable' | 'abusive' }
  | { week: number; kind: 'secondLine' };

/** At most this many events are kept per person; the last one says the story was cut. */
export const STORY_LIMIT = 400;

export class StoryBook {
  readonly stories = new Map<number, StoryEvent[]>();

  constructor(people: readonly number[]) {
    for (const person of people) this.stories.set(person, []);
  }

  add(person: number, event: StoryEvent): void {
    const story = this.stories.get(person);
    if (story && story.length < STORY_LIMIT) story.push(event);
  }

  joined(person: number, week: number, channel: JoinChannelId): void {
    this.add(person, { week, kind: 'joined', channel: joinChannelNames[channel] });
  }

  left(person: number, week: number, reason: LeaveReasonId): void {
    this.add(person, { week, kind: 'left', reason: leaveReasonNames[reason] });
  }
}
