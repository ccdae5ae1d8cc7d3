/**
 * Parameters of the customer's experience: what is promised, what is delivered, how failures and
 * complaints are handled, and how satisfaction turns into staying or leaving. Quality and
 * satisfaction in points (quality on a 0–10 scale; satisfaction around 0), time in weeks.
 */
import type { ParamDef } from './types.ts';

export const experienceDefs = {
  'promises.promisedQuality': {
    group: 'promises', kind: 'number', label: 'Promised quality', unit: 'points (0–10)',
    min: 0, max: 10, step: 0.1, default: 7,
    help: 'What advertising promises; it sets newcomers\' expectations and pulls in prospects.',
    source: 'Reason: equal to the delivered quality by default: "high but realistic" (S0.R1).',
  },
  'promises.pull': {
    group: 'promises', kind: 'number', label: 'Pull of promises', unit: 'per point over rival',
    min: 0, max: 2, step: 0.05, default: 0.3,
    help: 'Conversion is multiplied by exp(this × (promised − rival quality)).',
    source: 'Reason: a two-point over-promise lifts conversion by about 80%, the temptation of S0.R1; no study measures it. The over-promising scenario gives its verdict from 0 to 0.3 (its note).',
  },
  'promises.expectationWeight': {
    group: 'promises', kind: 'number', label: 'Weight of expectation', unit: 'per point',
    min: 0, max: 1, step: 0.05, default: 0.3,
    help: 'The raw satisfaction target = this × (expectation − 5) + weighted disconfirmation; it saturates on the ±5 scale.',
    source: 'Oliver (1980); a 2025 meta-analysis puts the expectation–satisfaction correlation near .29.',
  },
  'promises.lossAversion': {
    group: 'promises', kind: 'number', label: 'Weight of a shortfall', unit: '× a surplus',
    min: 1, max: 5, step: 0.1, default: 2,
    help: 'A shortfall beyond the zone of tolerance counts this many times an equal surplus.',
    source: 'Anderson & Sullivan (1993): negative disconfirmation weighs more; loss aversion near 2 (Kahneman & Tversky).',
  },
  'promises.toleranceZone': {
    group: 'promises', kind: 'number', label: 'Zone of tolerance', unit: 'points',
    min: 0, max: 5, step: 0.1, default: 1,
    help: 'A shortfall up to this size is taken in stride; only the part beyond it is weighted as a loss.',
    source: 'Zeithaml, Berry & Parasuraman (1993): customers accept service within a zone of tolerance.',
  },
  'promises.satisfactionLearning': {
    group: 'promises', kind: 'number', label: 'Satisfaction speed', unit: 'share per purchase week',
    min: 0.01, max: 1, step: 0.01, default: 0.3,
    help: 'Share of the gap to the latest experience\'s satisfaction closed in a week with purchases.',
    source: 'Reason: a few visits shape an opinion; one visit does not erase it.',
  },
  'promises.satisfactionHalfLife': {
    group: 'promises', kind: 'number', label: 'Half-life of satisfaction', unit: 'weeks',
    min: 4, max: 520, step: 1, default: 52,
    help: 'Satisfaction fades toward neutral between purchases: after this many weeks without one, half of it is left (applied at the next purchase).',
    source: 'Reason: an opinion not renewed by new visits fades (a memory with forgetting); a shop\'s image lasts months rather than weeks, so a year.',
  },
  'promises.expectationAdaptation': {
    group: 'promises', kind: 'number', label: 'Expectation speed', unit: 'share per purchase week',
    min: 0, max: 1, step: 0.01, default: 0.15,
    help: 'Share of the gap between expectation and experience closed in a week with purchases.',
    source: 'Reason: expectations follow experience more slowly than satisfaction (Oliver 1980).',
  },
  'promises.communicationWeight': {
    group: 'promises', kind: 'number', label: 'Weight of the promise in expectations', unit: 'share of expectation',
    min: 0, max: 1, step: 0.05, default: 0.2,
    help: 'Customers keep hearing the promise: expectations move toward this blend of the promise and the week\'s experience, so an over-promise keeps raising what even old customers expect (0: experience alone; 1: the promise alone).',
    source: 'Boulding, Kalra, Staelin & Zeithaml (1993): expectations are updated from the prior, the latest experience and the company\'s communication. Reason: one\'s own visits weigh far more than advertising, so a fifth.',
  },
  'promises.brokenThreshold': {
    group: 'promises', kind: 'number', label: 'Broken promise beyond', unit: 'points of shortfall',
    min: 0, max: 10, step: 0.1, default: 1.5,
    help: 'A promise is broken when the customer expects more than is typically delivered by more than this, and the week falls this far short of what they expect.',
    source: 'Reason: a clear, noticeable shortfall (S0.R8), judged against the person\'s own expectation, which a promise sets (S0.R1).',
  },
  'promises.brokenPromiseHazard': {
    group: 'promises', kind: 'number', label: 'Leaving after a broken promise', unit: 'chance',
    min: 0, max: 1, step: 0.01, default: 0.04,
    help: 'Chance that a customer leaves at once in a week when a promise was broken.',
    source: 'Reason: S0.R1 "an unkept promise disappoints"; a modelling choice: a noticeable letdown ends a relationship now and then, as a failure does. Expectations adapt within a few visits, so even at 0.2 over-promising still pays (over-promising scenario).',
  },
  'service.quality': {
    group: 'service', kind: 'number', label: 'Delivered quality', unit: 'points (0–10)',
    min: 0, max: 10, step: 0.1, default: 7,
    help: 'The quality customers actually experience on an ordinary purchase.',
    source: 'Reason: good but not exceptional, the same as the rival by default.',
  },
  'service.experienceNoise': {
    group: 'service', kind: 'number', label: 'Variation of experience', unit: 'points (sd)',
    min: 0, max: 5, step: 0.1, default: 1,
    help: 'Standard deviation of how one week\'s shopping feels around the delivered quality.',
    source: 'Reason: visits differ; one point keeps most within the 5–9 band.',
  },
  'service.failureRateWithoutCare': {
    group: 'service', kind: 'number', label: 'Failure rate without care', unit: 'share of purchases',
    min: 0, max: 1, step: 0.005, default: 0.1,
    help: 'Chance that a purchase goes wrong (out of stock, defect, late) when nothing is spent on care.',
    source: 'Reason: with the default care spend, 5% of purchases fail.',
  },
  'service.carePerCustomerWeek': {
    group: 'service', kind: 'number', label: 'Care spend', unit: '$ per customer per week',
    min: 0, max: 20, step: 0.01, default: 0.15,
    help: 'Spending on keeping customers: service staff, stock, follow-up. $0.15 a week is $7.80 a year.',
    source: 'S1.F1 names this the "keeping" cost. Reason: calibrated so that at the defaults a care dollar returns about a dollar at the margin (0.87 over three years, seeds 1–5: npm run sim -- --marginal).',
  },
  'service.careHalvingSpend': {
    group: 'service', kind: 'number', label: 'Care that halves failures', unit: '$ per customer per week',
    min: 0.01, max: 20, step: 0.01, default: 0.2,
    help: 'Failure rate = rate without care / (1 + care spend / this).',
    source: 'Reason: diminishing returns to service spending.',
  },
  'service.failurePenalty': {
    group: 'service', kind: 'number', label: 'Cost of a failure to the experience', unit: 'points',
    min: 0, max: 10, step: 0.1, default: 4,
    help: 'Quality points a failure takes off that week\'s experience before any handling.',
    source: 'Reason: a failure turns a good visit into a poor one.',
  },
  'service.complaintShare': {
    group: 'service', kind: 'number', label: 'Who complains', unit: 'share of failures',
    min: 0, max: 1, step: 0.01, default: 0.25,
    help: 'Share of failures the customer voices; the rest suffer in silence.',
    source: 'Reason: a modelling choice; TARP studies [second-hand] report that most dissatisfied customers never complain.',
  },
  'service.handling': {
    group: 'service', kind: 'choice', label: 'Complaint handling', unit: 'policy',
    choices: ['refund', 'fix', 'conflict'], default: 'refund',
    help: 'refund: pay back the purchase; fix: admit the mistake and put it right; conflict: dispute it.',
    source: 'S2.R3 (admit and fix), S2.R4 (refund rather than fight).',
  },
  'service.fixCost': {
    group: 'service', kind: 'number', label: 'Cost of a fix', unit: '$ per complaint',
    min: 0, max: 1000, step: 1, default: 15,
    help: 'What admitting and correcting a failure costs (express shipping, staff time).',
    source: 'Reason: less than a basket; S2.R3 sends the rest by express mail.',
  },
  'service.leaveIfSilent': {
    group: 'service', kind: 'number', label: 'Leaving after a silent failure', unit: 'chance',
    min: 0, max: 1, step: 0.005, default: 0.16,
    help: 'Chance that a customer who did not complain about a failure leaves at once.',
    source: 'TARP [second-hand]: 63% of non-complainers disloyal; we act on a quarter of that at once.',
  },
  'service.leaveIfRefunded': {
    group: 'service', kind: 'number', label: 'Leaving after a refund', unit: 'chance',
    min: 0, max: 1, step: 0.005, default: 0.075,
    help: 'Chance that a complainer who got a refund leaves at once.',
    source: 'TARP [second-hand]: 30% disloyal after a resolved complaint, times a quarter.',
  },
  'service.leaveIfFixed': {
    group: 'service', kind: 'number', label: 'Leaving after a fix', unit: 'chance',
    min: 0, max: 1, step: 0.005, default: 0.0125,
    help: 'Chance that a complainer whose problem was admitted and fixed leaves at once.',
    source: 'TARP [second-hand]: 5% disloyal after a quick resolution, times a quarter.',
  },
  'service.leaveIfConflict': {
    group: 'service', kind: 'number', label: 'Leaving after a conflict', unit: 'chance',
    min: 0, max: 1, step: 0.01, default: 0.5,
    help: 'Chance that a complainer met with a dispute leaves at once, never to return.',
    source: 'Reason: about half, near TARP\'s [second-hand] 54% disloyal after a complaint left unresolved (81% after a large loss); that they never return is S2.R4 ("in a conflict you lose them for ever").',
  },
  'service.recoveryBonus': {
    group: 'service', kind: 'number', label: 'Recovery bonus of a fix', unit: 'points',
    min: 0, max: 5, step: 0.1, default: 0.5,
    help: 'Points a well-handled failure adds above an ordinary visit (the recovery paradox).',
    source: 'de Matos, Henrique & Rossi (2007) [abstract]: recovery lifts satisfaction above no failure.',
  },
  'service.abuseStrain': {
    group: 'service', kind: 'number', label: 'Strain of abuse on staff', unit: 'quality points per share of customers',
    min: 0, max: 100, step: 1, default: 20,
    help: 'Delivered quality falls by this × the share of customers who are abusive (2% abusive: −0.4 points).',
    source: 'S0.K5: "only happy teams give good service"; the size is a modelling choice.',
  },
  'churn.alpha': {
    group: 'churn', kind: 'number', label: 'Churn α', unit: 'beta shape',
    min: 0, max: 50, step: 0.05, default: 1,
    help: 'Each person\'s weekly chance of drifting away is drawn from Beta(α, β); mean α/(α+β). 0: no one drifts away with time.',
    source: 'Fader & Hardie (2007), shifted-beta-geometric retention; small α means very unequal people.',
  },
  'churn.beta': {
    group: 'churn', kind: 'number', label: 'Churn β', unit: 'beta shape',
    min: 1, max: 5000, step: 1, default: 180,
    help: 'With α = 1 and β = 180, drifting away alone takes 22% of a new cohort in its first year, fewer later; other reasons add to it.',
    source: 'Reason: drifting away alone near the 20–25% first-year loss common in retail; Fader & Hardie (2007) form.',
  },
  'churn.satisfactionEffect': {
    group: 'churn', kind: 'number', label: 'Effect of satisfaction', unit: 'per point',
    min: 0, max: 3, step: 0.05, default: 0.4,
    help: 'The drifting-away chance is multiplied by exp(−this × satisfaction).',
    source: 'Reason: one point of satisfaction changes the chance of leaving by about a third.',
  },
  'churn.careEffect': {
    group: 'churn', kind: 'number', label: 'Effect of care on drifting away', unit: 'per $ of care a customer-week',
    min: 0, max: 5, step: 0.05, default: 0,
    help: 'The drifting-away chance is also multiplied by exp(−this × care spend), from week 0: attention that keeps customers who were never let down. 0: care works only through fewer failures.',
    source: 'Reason: no study gives its size; 0 leaves care its one measured channel, fewer failures (service.careHalvingSpend). why-retention sets it for both companies as its stated assumption.',
  },
  'churn.dropoutEnabled': {
    group: 'churn', kind: 'boolean', label: 'Dropping out after a purchase', unit: 'on/off', default: false,
    help: 'After each purchase a customer drifts away with their own chance p ~ Beta(a, b), scaled as drifting away is by satisfaction and care, besides drifting away with time (BG/NBD).',
    source: 'Fader, Hardie & Lee (2005), "Counting your customers the easy way" (BG/NBD); off keeps model 1\'s time-based drift alone.',
  },
  'churn.dropoutA': {
    group: 'churn', kind: 'number', label: 'Dropout a', unit: 'beta shape',
    min: 0.05, max: 50, step: 0.001, default: 0.793,
    help: 'Each person\'s chance of dropping out after a purchase is drawn from Beta(a, b); mean a/(a+b).',
    source: 'Fader, Hardie & Lee (2005), BG/NBD fitted to CDNOW: a = 0.793.',
  },
  'churn.dropoutB': {
    group: 'churn', kind: 'number', label: 'Dropout b', unit: 'beta shape',
    min: 0.05, max: 500, step: 0.001, default: 2.426,
    help: 'With a = 0.793 and b = 2.426 the mean chance is 0.25 a purchase, and very unequal across people.',
    source: 'Fader, Hardie & Lee (2005), BG/NBD fitted to CDNOW: b = 2.426.',
  },
} as const satisfies Record<string, ParamDef>;
