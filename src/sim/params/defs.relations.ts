/**
 * Parameters of the company's dealings that test trust: the satisfaction guarantee, a price
 * change, and firing customers. Every one is off or neutral by default, so a default run is the
 * model without them. Money in dollars, time in weeks, shares as fractions from 0 to 1.
 */
import type { ParamDef } from './types.ts';

export const relationDefs = {
  'guarantee.enabled': {
    group: 'guarantee', kind: 'boolean', label: 'Satisfaction guarantee', unit: 'on/off', default: false,
    help: '"Don\'t pay if you don\'t like it": customers may ask for their money back, and the promise is trusted.',
    source: 'S2.R1 (the Domino\'s branch in South Detroit).',
  },
  'guarantee.claimShare': {
    group: 'guarantee', kind: 'number', label: 'Disappointed who claim', unit: 'share of disappointing weeks',
    min: 0, max: 1, step: 0.01, default: 0.25,
    help: 'Chance that a customer whose week fell short of what they expected (beyond tolerance) asks for their money back.',
    source: 'Reason: as many as voice a failure (service.complaintShare 0.25; TARP): asking is easy, but most people do not bother.',
  },
  'guarantee.abuseShare': {
    group: 'guarantee', kind: 'number', label: 'Free riders', unit: 'share of other weeks',
    min: 0, max: 0.2, step: 0.001, default: 0.002,
    help: 'Chance that a customer who had nothing to complain of claims a refund anyway.',
    source: 'Reason: a small minority abuse a guarantee; S2.R1\'s "$200 a year" implies few claims.',
  },
  'guarantee.trustBonus': {
    group: 'guarantee', kind: 'number', label: 'Trust in the guarantee', unit: '× conversion and referrals',
    min: 1, max: 3, step: 0.05, default: 1.2,
    help: 'Paid conversion and referrals are multiplied by this while the guarantee is offered.',
    source: 'S2.R1 (the owner\'s claim: it "pays for itself through positive feedback"); the size is a modelling choice.',
  },
  'priceChange.enabled': {
    group: 'priceChange', kind: 'boolean', label: 'Price rise', unit: 'on/off', default: false,
    help: 'List prices rise once, in a given week.',
    source: 'S2.R4 ("say you recently raised prices").',
  },
  'priceChange.week': {
    group: 'priceChange', kind: 'integer', label: 'Prices rise in', unit: 'week',
    min: 0, max: 1040, step: 1, default: 52,
    help: 'The week from which the new prices apply.',
    source: 'Reason: after a year of steady prices, so the rise stands out.',
  },
  'priceChange.rise': {
    group: 'priceChange', kind: 'number', label: 'Size of the rise', unit: 'share of list price',
    min: 0, max: 1, step: 0.01, default: 0.1,
    help: 'How much list prices go up; customers buy less and the rival looks cheaper.',
    source: 'Reason: a noticeable rise, as in S2.R4.',
  },
  'priceChange.recentWeeks': {
    group: 'priceChange', kind: 'integer', label: 'Bought just before', unit: 'weeks',
    min: 0, max: 52, step: 1, default: 4,
    help: 'Customers who bought this many weeks or fewer before the rise compare their next order with the old price.',
    source: 'S2.R4 ("recently raised prices … after the next order"); a month is a modelling choice.',
  },
  'priceChange.cheatedShare': {
    group: 'priceChange', kind: 'number', label: 'Who feel cheated', unit: 'share of recent buyers',
    min: 0, max: 1, step: 0.01, default: 0.3,
    help: 'Chance that a recent buyer feels cheated when their next order costs more.',
    source: 'Reason: a minority of recent buyers notice and mind the difference.',
  },
  'priceChange.response': {
    group: 'priceChange', kind: 'choice', label: 'When a customer feels cheated', unit: 'policy',
    choices: ['hold', 'credit'], default: 'hold',
    help: 'hold: the company holds the line (a conflict); credit: it credits the price difference on the order.',
    source: 'S2.R4: "offer a credit for the price difference … in a conflict you lose them for ever".',
  },
  'firing.enabled': {
    group: 'firing', kind: 'boolean', label: 'Fire customers', unit: 'on/off', default: false,
    help: 'Every quarter the company ends relations with customers its rule picks; they never return.',
    source: 'S1.Q ("are there customers worth losing?"), S0.K5.',
  },
  'firing.rule': {
    group: 'firing', kind: 'choice', label: 'Whom to fire', unit: 'rule',
    choices: ['unprofitable', 'abusive', 'both'], default: 'both',
    help: 'unprofitable: customers whose yearly margin is below their yearly care; abusive: customers who abuse staff.',
    source: 'S1.Q (costs above margin) and S0.K5 (abusive customers).',
  },
} as const satisfies Record<string, ParamDef>;
