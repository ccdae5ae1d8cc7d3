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
    group: 'reinvestment', kind: 'number', label: 'Quality bought', unit: 'points per $ per customer-year',
    min: 0, max: 1, step: 0.005, default: 0.05,
    help: 'Quality points kept up by each dollar a year reinvested per customer ($20 a customer-year: +1 point).',
    source: 'Reason: twice the default care budget a year buys a visibly better service.',
  },
  'reinvestment.fadeWeeks': {
    group: 'reinvestment', kind: 'integer', label: 'Improvements fade over', unit: 'weeks',
    min: 1, max: 520, step: 1, default: 26,
    help: 'Quality bought fades at 1/this a week unless spending keeps it up.',
    source: 'S0.R9 ("it is never good enough"); half a year is a modelling choice.',
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
