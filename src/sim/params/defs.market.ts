/**
 * Parameters of the market itself: who the people are, how they buy, how they are won, how they
 * talk, and what the business costs to run. Money in dollars, time in weeks, quality in points on
 * a 0–10 scale, shares as fractions from 0 to 1.
 */
import type { ParamDef } from './types.ts';

export const marketDefs = {
  'market.initialCustomerShare': {
    group: 'market', kind: 'number', label: 'Customers at start', unit: 'share of market',
    min: 0, max: 1, step: 0.01, default: 0.45,
    help: 'Share of the market that already buys from the company in week 0 (in split mode they also buy elsewhere).',
    source: 'Reason: an established local retailer near its steady state at the default marketing: 45% of its catchment buy from it, giving it about 43% of their spending, so about a fifth of the catchment\'s spending.',
  },
  'market.premiumShare': {
    group: 'market', kind: 'number', label: 'Premium segment', unit: 'share of market',
    min: 0, max: 1, step: 0.01, default: 0.2,
    help: 'Share of people in the premium segment: larger baskets, less sensitive to price.',
    source: 'Reason: a minority of heavy, less price-sensitive buyers (S1.K speaks of a high-price segment).',
  },
  'market.initialTenureYears': {
    group: 'market', kind: 'number', label: 'Tenure of starting customers', unit: 'years',
    min: 0, max: 10, step: 0.5, default: 3,
    help: 'Starting customers have been customers for a random time up to this; long-standing ones leave less.',
    source: 'Fader & Hardie (2007): survivors of a cohort have lower churn propensities; we draw them from that posterior.',
  },
  'market.abusiveShare': {
    group: 'market', kind: 'number', label: 'Abusive people', unit: 'share of people',
    min: 0, max: 0.5, step: 0.005, default: 0,
    help: 'Share of people who abuse staff when they are customers (a fixed trait); the company may fire them.',
    source: 'Reason: none by default, so the default market is unchanged; S0.K5 for the idea.',
  },
  'market.moveAwayPerYear': {
    group: 'market', kind: 'number', label: 'People moving away', unit: 'share of people per year',
    min: 0, max: 0.5, step: 0.01, default: 0.1,
    help: 'Share of the market who leave the catchment in a year (they move, or stop needing what we sell); each is replaced by a newcomer who has never been a customer.',
    source: 'U.S. Census Bureau, Current Population Survey: about 8–9% of residents moved house in each year 2019–2023 (11–14% in the 1990s–2000s); with people leaving the category for other reasons (life stage), about 10% a year. A closed market (0) lets a company buy the same people back for ever.',
  },
  'market.marketingResponseShape': {
    group: 'market', kind: 'number', label: 'Spread of response to marketing', unit: 'gamma shape',
    min: 0.2, max: 50, step: 0.1, default: 1,
    help: 'People differ in how readily they answer marketing (gamma, mean 1): small means a few are easy to win and most are hard, so marketing wins the easy ones first.',
    source: 'Reason: response propensities are strongly skewed (direct-marketing response models; the NBD tradition for purchase rates); shape 1, an exponential spread, is the usual uninformed choice. Makes the cost of winning a customer rise as the easy prospects are won (S1.F3).',
  },
  'purchases.ratePerWeek': {
    group: 'purchases', kind: 'number', label: 'Purchase rate', unit: 'purchases per week',
    min: 0.01, max: 5, step: 0.01, default: 0.2,
    help: 'Average purchases per week in the category of a customer, at all stores: with about 43% of it with us, about 0.09 a week (4.5 a year) are ours.',
    source: 'The review of model 1 (specialty retail buys 0.05–0.1 times a week with us; CDNOW 0.055): 0.2 × the default share of wallet gives 0.09.',
  },
  'purchases.rateShape': {
    group: 'purchases', kind: 'number', label: 'Spread of purchase rates', unit: 'gamma shape',
    min: 0.1, max: 20, step: 0.1, default: 0.5,
    help: 'Gamma shape of purchase rates across people: small means a few heavy buyers and many light ones.',
    source: 'NBD tradition (Ehrenberg; Fader, Hardie & Lee 2005): fitted shapes are well below 1 in specialty retail, 0.24 on CDNOW; 0.5 sits between CDNOW and an exponential spread (1).',
  },
  'purchases.basket': {
    group: 'purchases', kind: 'number', label: 'Basket', unit: '$ per purchase',
    min: 1, max: 1000, step: 1, default: 60,
    help: 'Average basket of a mass-segment customer at list price.',
    source: 'Reason: a specialty-retail ticket (clothing, sports, books and music: $30–100 a visit); with the premium segment\'s larger baskets the mean is $78.',
  },
  'purchases.premiumBasketFactor': {
    group: 'purchases', kind: 'number', label: 'Premium basket', unit: '× mass basket',
    min: 1, max: 10, step: 0.1, default: 2.5,
    help: 'How many times larger a premium customer\'s basket is.',
    source: 'Reason: premium buyers spend a multiple of the average (S1.K).',
  },
  'purchases.grossMargin': {
    group: 'purchases', kind: 'number', label: 'Gross margin', unit: 'share of list price',
    min: 0.01, max: 0.9, step: 0.01, default: 0.35,
    help: 'What is left of a sale at list price after the cost of the goods.',
    source: 'Reason: typical of specialty and sporting-goods retail (30–45%).',
  },
  'purchases.priceElasticity': {
    group: 'purchases', kind: 'number', label: 'Price elasticity', unit: '% rate per % price',
    min: 0, max: 6, step: 0.1, default: 1.4,
    help: 'How much an average person\'s buying of the category rises for each percent of effective price cut; in split mode a cut also moves their share of wallet toward us.',
    source: 'Bijmolt, van Heerde & Pieters (2005) meta-analysis: mean price elasticity of a brand\'s sales about −2.6, switching between brands included. Reason for 1.4: in split mode the share of wallet answers price too (competitor.priceWeight), and with 1.4 the two together give 2.6 (5% off: +14% purchases per customer-week over a year, seeds 1–3); the part that is not switching, about 43%, lies between van Heerde, Gupta & Wittink (2003, two thirds) and Bell, Chiang & Padmanabhan (1999, a quarter).',
  },
  'purchases.maxPriceLift': {
    group: 'purchases', kind: 'number', label: 'Most a price cut lifts buying', unit: '× purchases at list price',
    min: 1.1, max: 5, step: 0.05, default: 2,
    help: 'However deep the cut, a person buys at most this many times as often as at list price; the slope at list price stays the elasticity.',
    source: 'Reason on the evidence: a temporary cut of 20% lifts a brand\'s sales 73% (Bijmolt, van Heerde & Pieters 2005, promotional elasticity −3.63), but only about a third of such a bump is extra buying, the rest being switching and purchases pulled from other weeks (van Heerde, Gupta & Wittink 2003; van Heerde, Leeflang & Wittink 2004); switching to and from the rival is modelled apart, so a lasting lift of at most a doubling.',
  },
  'purchases.premiumPriceSensitivity': {
    group: 'purchases', kind: 'number', label: 'Premium price sensitivity', unit: '× mass sensitivity',
    min: 0, max: 2, step: 0.05, default: 0.4,
    help: 'Price sensitivity of premium people relative to mass ones (each person also varies).',
    source: 'Reason: S1.K and S0.W4; premium buyers weigh service above price.',
  },
  'acquisition.spendPerWeek': {
    group: 'acquisition', kind: 'number', label: 'Marketing spend', unit: '$ per week',
    min: 0, max: 100000, step: 10, default: 1800,
    help: 'Paid marketing aimed at people who are not customers; the cost per customer won emerges.',
    source: 'Reason: calibrated so that at the defaults a marketing dollar returns about a dollar at the margin (1.09 over three years, seeds 1–5: npm run sim -- --marginal), as a company that spends to its optimum would; it about replaces the customers the default business loses.',
  },
  'acquisition.costPerReach': {
    group: 'acquisition', kind: 'number', label: 'Cost to reach', unit: '$ per person reached',
    min: 0.01, max: 100, step: 0.01, default: 0.9,
    help: 'What it costs to put the offer in front of one non-customer for a week; reach saturates.',
    source: 'Reason: with the conversion below, a customer won costs about $57 over three years at the defaults ($63 in the third; paid, referred and won back together; $72 counting only those marketing wins), seven to eight times the $7.80 a year spent keeping one (S1.F1 says five).',
  },
  'acquisition.conversion': {
    group: 'acquisition', kind: 'number', label: 'Conversion', unit: 'share of people reached',
    min: 0, max: 1, step: 0.001, default: 0.02,
    help: 'Share of reached people who become customers that week when our offer equals the rival\'s.',
    source: 'Reason: a 2% response is typical of direct marketing; it gives the S1.F1 ratio with the cost to reach.',
  },
  'wordOfMouth.referralsPerPromoterYear': {
    group: 'wordOfMouth', kind: 'number', label: 'Referrals per promoter', unit: 'friends per year',
    min: 0, max: 10, step: 0.05, default: 0.5,
    help: 'Friends a delighted customer brings in a year when all of their contacts are still prospects.',
    source: 'Reason: makes referrals about a sixth of new customers by default (S1.O, S1.W).',
  },
  'wordOfMouth.detractorDeterrence': {
    group: 'wordOfMouth', kind: 'number', label: 'Deterrence by detractors', unit: 'per share of market',
    min: 0, max: 100, step: 1, default: 10,
    help: 'How strongly angry customers put prospects off: conversion × exp(−this × detractors / market × contacts).',
    source: 'Reason: a modelling choice; a detractor share of 2% cuts paid conversion by about a fifth. East, Hammond & Lomax (2008) found negative word of mouth usually weighs less than positive, so this is kept moderate.',
  },
  'wordOfMouth.promoterThreshold': {
    group: 'wordOfMouth', kind: 'number', label: 'Promoter above', unit: 'satisfaction points',
    min: 0, max: 5, step: 0.1, default: 0.8,
    help: 'A customer this satisfied recommends the company.',
    source: 'Reason: clearly pleased (the "wow" of S1.W); makes about one customer in six a promoter in the second and third years at the defaults (16%), falling to about one in eight over ten years.',
  },
  'wordOfMouth.detractorThreshold': {
    group: 'wordOfMouth', kind: 'number', label: 'Detractor below', unit: 'satisfaction points',
    min: -5, max: 0, step: 0.1, default: -1.5,
    help: 'A customer this dissatisfied warns others off (customers who left angry do so for 26 weeks, whatever their satisfaction).',
    source: 'Reason: a clear shortfall, as after an unresolved failure.',
  },
  'costs.fixedPerWeek': {
    group: 'costs', kind: 'number', label: 'Fixed costs', unit: '$ per week',
    min: 0, max: 1000000, step: 100, default: 3000,
    help: 'Rent, staff and overheads that do not depend on the number of customers.',
    source: 'Reason: leaves the default business a modest profit (about half of its gross margin).',
  },
  'costs.annualDiscountRate': {
    group: 'costs', kind: 'number', label: 'Discount rate', unit: 'per year',
    min: 0, max: 0.5, step: 0.01, default: 0.1,
    help: 'Rate at which future money is discounted in customer value and discounted profit.',
    source: 'Reason: a common cost of capital for small firms; Gupta & Lehmann (2003) use 12%.',
  },
} as const satisfies Record<string, ParamDef>;
