/**
 * The purposes of random draws. Each question the model asks of chance has its own number, so
 * that switching one mechanism on or off never shifts the luck another mechanism sees.
 * Numbers are part of the model's reproducibility contract: never renumber, only append.
 */
export const Purpose = {
  // Fixed traits, drawn once at week -1.
  segment: 1,
  purchaseRate: 2,
  basket: 3,
  priceSensitivity: 4,
  churnPropensity: 5,
  churnPropensitySecond: 10,
  contacts: 6,
  initialState: 7,
  initialTenure: 8,
  initialSatisfaction: 9,
  // Weekly events.
  acquisition: 20,
  purchaseCount: 21,
  experienceNoise: 22,
  serviceFailure: 23,
  complaint: 24,
  leaving: 25,
  winBack: 26,
  redemption: 27,
  // Added with the mechanisms of issue 4 (guarantee, price change, outreach, firing).
  guaranteeClaim: 28,
  feltCheated: 29,
  touchDelivered: 30,
  touchResponse: 31,
  birthdayWeek: 32,
  abusive: 33,
  // Added with purchase-linked dropout and the transaction log (issue 10, part 3).
  /** The two gammas of the dropout chance p ~ Beta(a, b), a fixed trait (dropout.ts). */
  dropoutChance: 40,
  dropoutChanceSecond: 41,
  /** Does the customer become inactive after the j-th purchase of the week? (sub-index j − 1) */
  dropout: 42,
  /** The times within the week of its purchases, sorted uniforms (sub-index per purchase). */
  purchaseTime: 43,
  // Added with the bounded price response and what points cost in goodwill (issue 10, part 4).
  /** Does a customer drop out right after redeeming points? (bonusBankRegret.ts) */
  postRewardDropout: 50,
  // Added with the open market and the cost of winning (issue 10, part 2).
  /** The weeks an occupant stays in the catchment before moving away (catchment.ts). */
  moveAway: 65,
  /** How readily the person answers marketing, a fixed trait (traits.ts). */
  marketingResponse: 66,
  // Added with saturating contact (issue 10, part 4).
  /** Does a touch that arrived make the person unsubscribe? (outreach.ts) */
  unsubscribe: 53,
} as const;

export type PurposeId = (typeof Purpose)[keyof typeof Purpose];
