/**
 * Parameters of relationships that grow (relationship.ts): how a customer's tenure and accumulated
 * satisfaction change their spend, price sensitivity, cost to serve, referrals and their
 * forgiveness of a single bad experience. Every effect saturates with tenure τ (weeks since
 * joining) as 1 − e^(−τ/τ0). The defaults are the preset "as the evidence finds" (small effects,
 * Reinartz & Kumar 2000, 2002; East, Hammond & Gendall 2006); presets.ts holds "as Reichheld
 * describes". Shares are fractions, money in dollars, time in weeks.
 */
import type { ParamDef } from './types.ts';

export const relationshipDefs = {
  'relationship.enabled': {
    group: 'relationship', kind: 'boolean', label: 'Relationships grow', unit: 'on/off', default: true,
    help: 'Long-standing, satisfied customers buy more, mind price less, cost less to serve, refer more and forgive a bad week.',
    source: 'Reichheld & Sasser (1990), Reichheld (1996) for the claims (S0.W1, S0.W2, S0.W4, S0.W5, S0.C); Bolton (1998).',
  },
  'relationship.tenureWeeks': {
    group: 'relationship', kind: 'number', label: 'Relationship build-up time', unit: 'weeks (τ0)',
    min: 4, max: 520, step: 1, default: 104,
    help: 'Time constant of every tenure effect: 63% of it after τ0 weeks, 86% after twice that.',
    source: 'Reichheld & Sasser (1990), exhibit: profit per customer rises over the first five years, most of it by year 3–4.',
  },
  'relationship.spendGrowth': {
    group: 'relationship', kind: 'number', label: 'Spend growth', unit: 'share more purchases',
    min: 0, max: 2, step: 0.01, default: 0.1,
    help: 'A fully grown, very satisfied relationship buys this much more often than a new one (S0.W1, S0.W5, S0.C).',
    source: 'Reinartz & Kumar (2000): spend per period of long-life customers of a catalogue retailer is not consistently higher; East, Hammond & Gendall (2006): at most small tenure gains. 10% is "small".',
  },
  'relationship.priceTolerance': {
    group: 'relationship', kind: 'number', label: 'Lower price sensitivity', unit: 'share less sensitive',
    min: 0, max: 1, step: 0.01, default: 0.1,
    help: 'A fully grown, very satisfied relationship reacts this much less to a price difference (S0.W4).',
    source: 'Reinartz & Kumar (2002): long-life customers are not less price-sensitive (they often expect lower prices); a small effect.',
  },
  'relationship.pricePremium': {
    group: 'relationship', kind: 'number', label: 'Price premium', unit: 'share of price',
    min: 0, max: 0.3, step: 0.01, default: 0,
    help: 'A fully grown, very satisfied relationship pays this much above list (fewer bargains sought; S0.W4).',
    source: 'Reinartz & Kumar (2002): long-life customers paid no more, often less; none at the evidence preset.',
  },
  'relationship.costSaving': {
    group: 'relationship', kind: 'number', label: 'Cheaper to serve', unit: 'share of care',
    min: 0, max: 1, step: 0.01, default: 0.1,
    help: 'The care cost of a customer falls by this share as the relationship grows (S0.W1: they know the ropes).',
    source: 'Reinartz & Kumar (2002): long-term customers were not consistently cheaper to serve; a small saving.',
  },
  'relationship.referralGrowth': {
    group: 'relationship', kind: 'number', label: 'Referrals grow', unit: 'share more referrals',
    min: 0, max: 3, step: 0.05, default: 0.2,
    help: 'A promoter of fully grown tenure refers this much more than a new promoter.',
    source: 'East, Hammond & Gendall (2006): recommendation does not rise much with tenure; a small effect.',
  },
  'relationship.forgiveness': {
    group: 'relationship', kind: 'number', label: 'Forgiving a bad week', unit: 'share of leave-at-once chance',
    min: 0, max: 1, step: 0.01, default: 0.9,
    help: 'The chance of leaving at once after a failure or a broken promise falls by up to this share for long-standing, satisfied customers.',
    source: 'Bolton (1998): customers with longer relationships and higher prior cumulative satisfaction discount a single bad experience, the majority finding (Grégoire & Fisher 2008, who found the opposite after a poor recovery). The size is a modelling choice; why-retention and virtuous-circle turn on it (content/model.md, "How much the verdicts rest on forgiveness").',
  },
  'relationship.forgivenessPurchases': {
    group: 'relationship', kind: 'number', label: 'Experiences to forgive', unit: 'purchases (n0)',
    min: 1, max: 100, step: 1, default: 5,
    help: 'After this many purchases a customer weighs their past experience as much as one bad week; after more, more.',
    source: 'Bolton (1998): the weight of prior cumulative satisfaction grows with the length of the relationship; 5 purchases (about a year at the default 0.09 purchases a week with us) is a modelling choice.',
  },
  'relationship.referralValue': {
    group: 'relationship', kind: 'number', label: 'Value of a referred customer', unit: '$ (tenure table only)',
    min: 0, max: 500, step: 1, default: 75,
    help: 'What the tenure table credits a referral with: the cost of winning such a customer by paid marketing.',
    source: 'Reason: the valuation Reichheld & Sasser (1990) used: what winning the customer by paid marketing would have cost, about $72–77 per customer won at the defaults.',
  },
} as const satisfies Record<string, ParamDef>;
