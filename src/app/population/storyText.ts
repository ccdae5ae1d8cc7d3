/**
 * A person's story in words: each event the core recorded becomes a sentence from the message
 * catalogue, with its week shown as weeks elapsed (week w of the data is "week w + 1").
 */
import type { StoryEvent } from '../../sim/index.ts';
import { STORY_LIMIT } from '../../sim/model/story.ts';
import { formatNumber } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';

export interface StoryLine {
  /** Weeks elapsed when it happened (0 for "before the run"). */
  week: number;
  text: string;
}

function sentence(event: StoryEvent): string {
  const money = (amount: number) => formatNumber(amount, 'money');
  switch (event.kind) {
    case 'joined':
      return t(`story.joined.${event.channel}`);
    case 'left':
      return t(`story.left.${event.reason}`);
    case 'failure':
      return t(event.complained ? 'story.failure.complained' : 'story.failure.silent');
    case 'handled':
      return t(`story.handled.${event.policy}`, { amount: money(event.amount) });
    case 'brokenPromise':
      return t('story.brokenPromise', { experienced: event.experienced.toFixed(1), promised: event.promised.toFixed(1) });
    case 'redeemed':
      return t('story.redeemed', { amount: money(event.amount) });
    case 'pointsBurned':
      return t('story.pointsBurned', { amount: money(event.amount) });
    case 'clubJoined':
      return t('story.clubJoined');
    case 'clubLeft':
      return t('story.clubLeft');
    case 'movedAway':
      return t(event.wasCustomer ? 'story.movedAwayCustomer' : 'story.movedAway');
    case 'guaranteeRefund':
      return t(event.disappointed ? 'story.guaranteeRefund.disappointed' : 'story.guaranteeRefund.freeRide', { amount: money(event.amount) });
    case 'feltCheated':
      return t(`story.feltCheated.${event.response}`, { amount: money(event.amount) });
    case 'touched':
      return t(event.delivered ? 'story.touched.delivered' : 'story.touched.spam');
    case 'unsubscribed':
      return t('story.unsubscribed');
    case 'fired':
      return t(`story.fired.${event.why}`);
    case 'secondLine':
      return t('story.secondLine');
  }
}

export function storyLines(events: readonly StoryEvent[]): StoryLine[] {
  const lines = events.map((event) => ({ week: Math.max(0, event.week + 1), text: sentence(event) }));
  if (events.length >= STORY_LIMIT) lines.push({ week: lines[lines.length - 1].week, text: t('story.cut') });
  return lines;
}
