/**
 * Parameters of what the company spends to learn, to keep in touch and to improve: listening,
 * keeping in touch (outreach) and reinvestment of profit (or its opposite, harvesting). Every
 * one is off or neutral by default. Money in dollars, time in weeks, quality in points.
 */
import type { ParamDef } from './types.ts';

export const investmentDefs = {
  'listening.spendPerWeek': {
    group: 'listening', kind: 'number', label: 'Spent on listening', unit: '$ per week',
    min: 0, max: 100000, step: 10, default: 0,
    help: 'Surveys, visits and calls asking customers what they lack or dislike.',
    source: 'S0.R5 ("always ask customers what they do not like"), S2.R2; off by default.',
  },
  'listening.discoveryCost': {
    group: 'listening', kind: 'number', label: 'Cost of finding needs', unit: '$ spent',
    min: 100, max: 10000000, step: 100, default: 20000,
    help: 'Listening spend after which about 63% of what customers lack has been found (1 − e^−1).',
    source: 'Reason: a year of $400 a week finds most of what a specialty retailer\'s customers lack.',
  },
  'listening.qualityGain': {
    group: 'listening', kind: 'number', label: 'Quality from listening', unit: 'quality points',
    min: 0, max: 5, step: 0.1, default: 1,
    help: 'What delivered quality gains once every need has been found and met.',
    source: 'S2.R2 (Milliken met Chrysler\'s need); the size is a modelling choice.',
  },
  'listening.secondLineFrom': {
    group: 'listening', kind: 'number', label: 'Second line opens at', unit: 'share of needs found',
    min: 0, max: 1, step: 0.05, default: 0.5,
    help: 'A second product line opens once this share of needs has been found.',
    source: 'S2.R2: the cleaning rags came from what was learned by meeting the customer.',
  },
  'listening.secondLineSpend': {
    group: 'listening', kind: 'number', label: 'Second line per trusting customer', unit: '$ per week',
    min: 0, max: 1000, step: 0.5, default: 1,
    help: 'What each customer who trusts us (a promoter) spends a week on the second line once it is open.',
    source: 'S0.W5 ("your customers more readily try your other products"); the size is a modelling choice.',
  },
  'outreach.prospectTouchesPerYear': {
    group: 'outreach', kind: 'integer', label: 'Touches to prospects', unit: 'touches per year',
    min: 0, max: 52, step: 1, default: 0,
    help: 'Cards, calls or mail to each prospect a year, the first in their birthday week; 0: none.',
    source: 'S2.R5 (a birthday card a year for seven years); off by default.',
  },
  'outreach.customerTouchesPerYear': {
    group: 'outreach', kind: 'integer', label: 'Touches to customers', unit: 'touches per year',
    min: 0, max: 52, step: 1, default: 0,
    help: 'Cards, calls or mail to each customer a year, the first in their birthday week; 0: none.',
    source: 'S0.K3 (how many stores sent a gift on your birthday?); off by default.',
  },
  'outreach.costPerTouch': {
    group: 'outreach', kind: 'number', label: 'Cost of a touch', unit: '$ per touch',
    min: 0, max: 100, step: 0.05, default: 1,
    help: 'What one card, call or letter costs, sent whether or not it arrives.',
    source: 'Reason: a printed card and its postage.',
  },
  'outreach.responsePerTouch': {
    group: 'outreach', kind: 'number', label: 'Response per touch received', unit: 'chance per touch',
    min: 0, max: 0.1, step: 0.0005, default: 0.002,
    help: 'When a touch reaches a prospect, they become a customer with this chance × the touches they have received (counted up to eight).',
    source: 'S2.R5 (the eighth card brought the call); the size is a modelling choice.',
  },
  'outreach.customerLift': {
    group: 'outreach', kind: 'number', label: 'Lift of a touch', unit: 'satisfaction points',
    min: 0, max: 3, step: 0.05, default: 0.2,
    help: 'A customer\'s satisfaction rises by this when a touch reaches them.',
    source: 'S0.K3, S1.U ("make each customer feel unique"); the size is a modelling choice.',
  },
  'outreach.saturationTouches': {
    group: 'outreach', kind: 'number', label: 'Touches a year can be worth', unit: 'single touches',
    min: 1, max: 52, step: 0.5, default: 4,
    help: 'Touches wear out: n touches a year each count h / (h + n − 1) of a single one, so a year of them is worth at most this many.',
    source: 'Concave response with wear-out (Simon & Arndt 1980; Pechmann & Stewart 1988); 4 (a quarterly schedule is worth about twice a single card) is a modelling choice.',
  },
  'outreach.tolerableTouchesPerYear': {
    group: 'outreach', kind: 'integer', label: 'Tolerable touches', unit: 'touches per year',
    min: 1, max: 52, step: 1, default: 12,
    help: 'Touches beyond this many a year annoy: a customer\'s satisfaction falls with them, a prospect does not answer them.',
    source: 'Zhang, Kumar & Cosguner (2017): profit falls on both sides of a best number of emails; monthly is a modelling choice.',
  },
  'outreach.annoyance': {
    group: 'outreach', kind: 'number', label: 'Annoyance of a touch too many', unit: 'satisfaction points',
    min: 0, max: 1, step: 0.01, default: 0.05,
    help: 'At a schedule beyond the tolerable frequency, each touch lowers a customer\'s satisfaction by this × the share of touches beyond it.',
    source: 'Repetition breeds tedium (Cacioppo & Petty 1979); Kumar, Zhang & Luo (2014): more contact, earlier opt-out. The size is a modelling choice: a quarter of a touch\'s lift.',
  },
  'outreach.unsubscribePerTouch': {
    group: 'outreach', kind: 'number', label: 'Unsubscribes per touch', unit: 'chance per touch received',
    min: 0, max: 1, step: 0.0005, default: 0.002,
    help: 'Chance that a touch that arrives makes the person ask for no more; they are never touched again.',
    source: 'Email benchmarks (Campaign Monitor, Mailchimp): about 0.1–0.5% of delivered emails bring an unsubscribe, retail about 0.2–0.4%.',
  },
  'outreach.spamShare': {
    group: 'outreach', kind: 'number', label: 'Lands in spam', unit: 'share of touches',
    min: 0, max: 1, step: 0.01, default: 0,
    help: 'Share of touches that never reach the person (the spam folder); they still cost.',
    source: 'S0.K2 (a newsletter nobody tracks lands in spam); none by default.',
  },
  'outreach.tracked': {
    group: 'outreach', kind: 'boolean', label: 'Track the channel', unit: 'on/off', default: false,
    help: 'The company measures what arrives and cleans the channel: the spam share halves every quarter.',
    source: 'S0.K2 ("nobody tracks the open rate").',
  },
  'outreach.trackingPerWeek': {
    group: 'outreach', kind: 'number', label: 'Cost of tracking', unit: '$ per week',
    min: 0, max: 10000, step: 5, default: 50,
    help: 'What measuring and cleaning the channel costs a week while touches are sent.',
    source: 'Reason: a few hours of someone\'s week.',
  },
  'reinvestment.share': {
    group: 'reinvestment', kind: 'number', label: 'Profit reinvested', unit: 'share of profit',
    min: 0, max: 1, step: 0.01, default: 0,
    help: 'Share of last week\'s profit (when positive) spent on service quality.',
    source: 'S0.C (the circle: treat them better, they come back); off by default.',
  },
  'reinvestment.pointsPerDollar': {
    group: 'reinvestment', kind: 'number', label: 'Quality built per dollar', unit: 'points per $ per customer',
    min: 0, max: 1, step: 0.005, default: 0.1,
    help: 'Quality points each dollar reinvested per customer adds to the stock of improvements at once (before it fades and before the ceiling).',
    source: 'Nerlove & Arrow (1962) build-up rate. Reason: at the default life, $20 a customer-year keeps about a point of stock, as in model 1.',
  },
  'reinvestment.fadeWeeks': {
    group: 'reinvestment', kind: 'integer', label: 'Life of an improvement', unit: 'weeks',
    min: 1, max: 520, step: 1, default: 26,
    help: 'The stock of improvements loses 1/this of itself a week; a longer life keeps more of what was bought.',
    source: 'Nerlove & Arrow (1962) decay; S0.R9 ("it is never good enough"); half a year is a modelling choice.',
  },
  'reinvestment.maxGain': {
    group: 'reinvestment', kind: 'number', label: 'Most quality money can buy', unit: 'quality points',
    min: 0.1, max: 10, step: 0.1, default: 2,
    help: 'The quality gain approaches this ceiling with diminishing returns as the stock of improvements grows.',
    source: 'Diminishing returns on quality spending (Rust, Zahorik & Keiningham 1995). Reason: from good (7) to very good, never perfect.',
  },
  'reinvestment.careCut': {
    group: 'reinvestment', kind: 'number', label: 'Care cut (harvest)', unit: 'share of care',
    min: 0, max: 1, step: 0.05, default: 0,
    help: 'Share of the care budget cut to harvest profit: less spent, more purchases fail.',
    source: 'S0.C, read backwards; none by default.',
  },
  'reinvestment.fromWeek': {
    group: 'reinvestment', kind: 'integer', label: 'Policy starts', unit: 'week',
    min: 0, max: 1040, step: 1, default: 0,
    help: 'The week from which profit is reinvested and care is cut.',
    source: 'Reason: from the start by default.',
  },
} as const satisfies Record<string, ParamDef>;
