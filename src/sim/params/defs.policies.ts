/**
 * Parameters of the company's loyalty policies (discount card, bonus bank, customer club) and of
 * the rival company. Money in dollars, time in weeks, shares as fractions from 0 to 1.
 */
import type { ParamDef } from './types.ts';

export const policyDefs = {
  'discount.enabled': {
    group: 'discount', kind: 'boolean', label: 'Discount card', unit: 'on/off', default: false,
    help: 'Every customer gets a flat price cut on every purchase.',
    source: 'S1.B (the discount system that the bonus bank replaces), S0.W4.',
  },
  'discount.rate': {
    group: 'discount', kind: 'number', label: 'Card discount', unit: 'share of price',
    min: 0, max: 0.5, step: 0.005, default: 0.05,
    help: 'The price cut the card gives; price-sensitive people buy more and leave less.',
    source: 'Reason: 5% is a common card discount; the same size as the default bonus rate, for S1.B.',
  },
  'bonusBank.enabled': {
    group: 'bonusBank', kind: 'boolean', label: 'Bonus bank', unit: 'on/off', default: false,
    help: 'A share of what customers pay comes back as points that pay for later purchases and burn when old.',
    source: 'S1.B (Sportmaster\'s bonus "savings bank").',
  },
  'bonusBank.earnRate': {
    group: 'bonusBank', kind: 'number', label: 'Points earned', unit: 'share of amount paid',
    min: 0, max: 0.5, step: 0.005, default: 0.05,
    help: 'Points credited per dollar paid; one point is worth one cent off a later purchase.',
    source: 'Reason: the same headline rate as the card; the bank gives away less, as points are earned on money paid and some burn.',
  },
  'bonusBank.expiryWeeks': {
    group: 'bonusBank', kind: 'integer', label: 'Points burn after', unit: 'weeks',
    min: 4, max: 260, step: 1, default: 26,
    help: 'Points expire this long after they were earned (in batches, at most a quarter of this later).',
    source: 'S1.B: "spend the bonuses, or they burn out"; six months is a common rule.',
  },
  'bonusBank.reminderWeeks': {
    group: 'bonusBank', kind: 'integer', label: 'Reminder before burning', unit: 'weeks',
    min: 0, max: 26, step: 1, default: 4,
    help: 'Customers are reminded during the last weeks before their points burn, which pulls purchases forward; 0: no reminders.',
    source: 'Reason: a monthly reminder, as programs send.',
  },
  'bonusBank.expiryPull': {
    group: 'bonusBank', kind: 'number', label: 'Pull of burning points', unit: '× purchase rate',
    min: 1, max: 3, step: 0.05, default: 1.25,
    help: 'Purchase rate multiplier while a reminded customer has points about to burn.',
    source: 'Kivetz, Urminsky & Zheng (2006): purchases about 20% faster as a reward nears; S1.B.',
  },
  'bonusBank.perceivedValue': {
    group: 'bonusBank', kind: 'number', label: 'Value of a point to customers', unit: 'share of a cent',
    min: 0, max: 1, step: 0.05, default: 0.6,
    help: 'How much customers value a point against cash when choosing where to buy.',
    source: 'Stourm, Bradlow & Fader (2015) [abstract]: points sit in a separate, discounted mental account.',
  },
  'bonusBank.redeemThreshold': {
    group: 'bonusBank', kind: 'number', label: 'Redeem from', unit: '$ of points',
    min: 0, max: 1000, step: 1, default: 10,
    help: 'Customers do not bother to redeem a balance smaller than this.',
    source: 'Reason: small balances are ignored; part of why breakage arises (Colloquy 2011: about a third unredeemed).',
  },
  'bonusBank.redeemChance': {
    group: 'bonusBank', kind: 'number', label: 'Chance to redeem', unit: 'share of purchase weeks',
    min: 0, max: 1, step: 0.01, default: 0.5,
    help: 'Chance that a customer with enough points uses them on a purchase (always when reminded).',
    source: 'Stourm, Bradlow & Fader (2015) [abstract]: customers hoard points.',
  },
  'bonusBank.maxRedeemShare': {
    group: 'bonusBank', kind: 'number', label: 'Points may pay', unit: 'share of a purchase',
    min: 0, max: 1, step: 0.05, default: 0.5,
    help: 'At most this share of a week\'s purchases can be paid with points.',
    source: 'Reason: a common program rule that keeps cash coming in.',
  },
  'bonusBank.switchingCost': {
    group: 'bonusBank', kind: 'number', label: 'Hold of a balance', unit: 'per basket of points',
    min: 0, max: 5, step: 0.05, default: 0.4,
    help: 'Leaving chances are multiplied by exp(−this × balance / basket): points are a switching cost.',
    source: 'S1.B; reason: a balance worth a basket cuts leaving by about a third.',
  },
  'club.enabled': {
    group: 'club', kind: 'boolean', label: 'Customer club', unit: 'on/off', default: false,
    help: 'Members get closed events, an extra discount and the feeling of being special.',
    source: 'S1.K, S1.U.',
  },
  'club.eligibility': {
    group: 'club', kind: 'choice', label: 'Who may join', unit: 'rule',
    choices: ['spend', 'premium'], default: 'spend',
    help: 'spend: customers whose yearly spending passes the threshold; premium: every premium customer.',
    source: 'S1.K: clubs suit a high-price segment.',
  },
  'club.spendThreshold': {
    group: 'club', kind: 'number', label: 'Yearly spend to join', unit: '$ per year',
    min: 0, max: 100000, step: 50, default: 1000,
    help: 'Membership is reviewed every quarter against spending over the past year.',
    source: 'Reason: about twice an average customer\'s yearly spending.',
  },
  'club.feePerYear': {
    group: 'club', kind: 'number', label: 'Membership fee', unit: '$ per year',
    min: 0, max: 10000, step: 5, default: 0,
    help: 'What members pay to belong; a fee also makes some eligible customers decline.',
    source: 'Reason: free by default, as most retail clubs are.',
  },
  'club.costPerMemberYear': {
    group: 'club', kind: 'number', label: 'Cost per member', unit: '$ per year',
    min: 0, max: 10000, step: 5, default: 60,
    help: 'Closed events, gifts and service for members.',
    source: 'Reason: a few events and a gift a year (S1.K).',
  },
  'club.extraDiscount': {
    group: 'club', kind: 'number', label: 'Members\' extra discount', unit: 'share of price',
    min: 0, max: 0.5, step: 0.005, default: 0.03,
    help: 'An extra price cut only members get.',
    source: 'S1.K: "extra discounts and bonuses not available to ordinary people".',
  },
  'club.satisfactionLift': {
    group: 'club', kind: 'number', label: 'Feeling special', unit: 'satisfaction points',
    min: 0, max: 5, step: 0.1, default: 0.8,
    help: 'Satisfaction a member gains from exclusivity (fully in the premium segment).',
    source: 'S1.U: "make each customer feel unique and exclusive".',
  },
  'club.loyaltyEffect': {
    group: 'club', kind: 'number', label: 'Loyalty of members', unit: 'share of leaving removed',
    min: 0, max: 1, step: 0.05, default: 0.3,
    help: 'Members\' chances of leaving are cut by this share (fully in the premium segment).',
    source: 'S1.U: "in return you get gratitude and constancy".',
  },
  'club.referralBoost': {
    group: 'club', kind: 'number', label: 'Members\' referrals', unit: '× a promoter',
    min: 1, max: 5, step: 0.1, default: 2,
    help: 'A promoting premium member brings this many times as many friends as other promoters (mass members: scaled by their response).',
    source: 'S1.O: exceeding expectations makes customers bring their friends.',
  },
  'club.massResponse': {
    group: 'club', kind: 'number', label: 'Response of mass segment', unit: 'share of premium response',
    min: 0, max: 1, step: 0.05, default: 0.25,
    help: 'How much of the club\'s effect a mass-segment member feels.',
    source: 'S1.K (the article\'s claim): a club suits a high-price segment.',
  },
  'competitor.priceIndex': {
    group: 'competitor', kind: 'number', label: 'Rival\'s price', unit: '× our list price',
    min: 0.5, max: 2, step: 0.01, default: 1,
    help: 'The rival\'s prices relative to ours.',
    source: 'Reason: an equal rival by default.',
  },
  'competitor.quality': {
    group: 'competitor', kind: 'number', label: 'Rival\'s quality', unit: 'points (0–10)',
    min: 0, max: 10, step: 0.1, default: 7,
    help: 'The quality the rival delivers.',
    source: 'Reason: an equal rival by default.',
  },
  'competitor.baseHazard': {
    group: 'competitor', kind: 'number', label: 'Rival\'s pull', unit: 'chance per week',
    min: 0, max: 0.2, step: 0.0005, default: 0.002,
    help: 'Weekly chance that a customer defects to an equal rival, before price and quality differences.',
    source: 'Reason: about 10% a year lost to the rival (S1.L).',
  },
  'competitor.priceWeight': {
    group: 'competitor', kind: 'number', label: 'Weight of price', unit: 'per share of price',
    min: 0, max: 20, step: 0.1, default: 4,
    help: 'The rival\'s attraction rises by exp(this × sensitivity × (our price − rival price)).',
    source: 'Reason: a 5% price gap moves an average person\'s defection by about 20%.',
  },
  'competitor.qualityWeight': {
    group: 'competitor', kind: 'number', label: 'Weight of quality', unit: 'per point',
    min: 0, max: 3, step: 0.05, default: 0.4,
    help: 'The rival\'s attraction rises by exp(this × (rival quality − what the customer expects of us)).',
    source: 'Reason: one quality point is worth about a 10% price gap.',
  },
  'competitor.walletMode': {
    group: 'competitor', kind: 'choice', label: 'How people buy', unit: 'mode',
    choices: ['exclusive', 'split'], default: 'exclusive',
    help: 'exclusive: each customer buys from one company; split: they share their spending between both.',
    source: 'S0.W3 (exclusive) against the reader comment S0.K1 (people buy from several).',
  },
  'competitor.splitLeaveFactor': {
    group: 'competitor', kind: 'number', label: 'Defection when splitting', unit: '× exclusive defection',
    min: 0, max: 1, step: 0.05, default: 0.3,
    help: 'In split mode, full defection is rarer: people shift their share of spending instead.',
    source: 'S0.K1: "the customer will always find money to spend elsewhere".',
  },
  'competitor.walletAdjustment': {
    group: 'competitor', kind: 'number', label: 'Speed of wallet shifts', unit: 'share per week',
    min: 0, max: 1, step: 0.01, default: 0.1,
    help: 'In split mode, share of the gap to the preferred share of spending closed each week.',
    source: 'Reason: habits shift over a couple of months.',
  },
  'competitor.winBackRate': {
    group: 'competitor', kind: 'number', label: 'Win-back chance', unit: 'chance per week',
    min: 0, max: 0.2, step: 0.0005, default: 0.002,
    help: 'Weekly chance that a former customer returns of their own accord, before price and quality differences; marketing wins some back too.',
    source: 'Reason: about one in ten former customers back within a year of their own accord; with marketing about one in five.',
  },
  'competitor.campaignEnabled': {
    group: 'competitor', kind: 'boolean', label: 'Poaching campaign', unit: 'on/off', default: false,
    help: 'The rival runs campaigns to lure our customers away.',
    source: 'S1.L, S0.R6.',
  },
  'competitor.campaignStartWeek': {
    group: 'competitor', kind: 'integer', label: 'Campaign starts', unit: 'week',
    min: 0, max: 1040, step: 1, default: 52,
    help: 'The week the first campaign starts.',
    source: 'Reason: after a year of calm, so its effect stands out.',
  },
  'competitor.campaignWeeks': {
    group: 'competitor', kind: 'integer', label: 'Campaign length', unit: 'weeks',
    min: 1, max: 104, step: 1, default: 8,
    help: 'How long each campaign lasts.',
    source: 'Reason: a two-month promotion.',
  },
  'competitor.campaignEveryWeeks': {
    group: 'competitor', kind: 'integer', label: 'Campaign repeats every', unit: 'weeks (0: once)',
    min: 0, max: 520, step: 1, default: 0,
    help: 'Weeks from the start of one campaign to the next; 0 runs it once.',
    source: 'Reason: a single campaign by default.',
  },
  'competitor.campaignStrength': {
    group: 'competitor', kind: 'number', label: 'Campaign strength', unit: '× rival\'s pull',
    min: 1, max: 20, step: 0.5, default: 4,
    help: 'During a campaign the rival\'s pull on our customers is multiplied by this.',
    source: 'Reason: a strong offer, four times the usual defection.',
  },
} as const satisfies Record<string, ParamDef>;
