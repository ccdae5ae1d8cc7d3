/**
 * Parameters of the company's dealings that test trust: the satisfaction guarantee, a price
 * change, and firing customers. Every one is off or neutral by default, so a default run is the
 * model without them. Money in dollars, time in weeks, shares as fractions from 0 to 1.
 */
import type { ParamDef } from './types.ts';

export const relationDefs = {
  'guarantee.enabled': {
    group: 'guarantee', kind: 'boolean', label: 'Satisfaction guarantee', unit: 'on/off', default: false,
    help: '"Don\'t pay if you don\'t like it": customers may ask for their money back; prospects risk less, and the company hears what went wrong.',
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
  'guarantee.riskAversion': {
    group: 'guarantee', kind: 'number', label: 'Weight of the risk it removes', unit: 'per share of disappointing weeks',
    min: 0, max: 5, step: 0.1, default: 1,
    help: 'A first purchase may disappoint, as the share d of our customers\' purchase weeks did last week; the guarantee removes that risk, multiplying paid conversion and referrals by 1 + this × d.',
    source: 'Hart (1988): a guarantee lowers the risk a buyer sees. Reason: 1 is risk-neutral (a d chance of a disappointment keeps about d of prospects away); loss aversion near 2 (Kahneman & Tversky) would double it.',
  },
  'guarantee.learningGain': {
    group: 'guarantee', kind: 'number', label: 'Quality learned from claims', unit: 'quality points at most',
    min: 0, max: 3, step: 0.1, default: 0.5,
    help: 'Each claim of a disappointed customer tells the company where it fails; what it learns adds up to this much to the quality it delivers.',
    source: 'Hart (1988): a guarantee makes failures heard and forces the company to fix their causes. Reason: half of what listening finds at most (listening.qualityGain 1), since claims tell only what went wrong.',
  },
  'guarantee.lessonLife': {
    group: 'guarantee', kind: 'number', label: 'Life of a lesson', unit: 'weeks',
    min: 1, max: 520, step: 1, default: 52,
    help: 'The lessons kept fade by 1/this a week (staff, suppliers and habits change); new claims add to them.',
    source: 'Reason: a lesson not renewed is mostly forgotten within a year or two; a stock that builds and fades, as goodwill does (Nerlove & Arrow 1962).',
  },
  'guarantee.halfGainLessons': {
    group: 'guarantee', kind: 'number', label: 'Lessons for half the gain', unit: 'lessons kept per customer',
    min: 0.01, max: 10, step: 0.01, default: 0.5,
    help: 'With this many lessons kept per customer, half the quality that can be learned is learned; each further lesson teaches less.',
    source: 'Reason: the first complaints point to the big causes, later ones to smaller ones; a modelling choice, about three times the lessons a run with the guarantee keeps (0.17 per customer after ten years), so the kitchen learns about a quarter of what it could (0.13 points).',
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
