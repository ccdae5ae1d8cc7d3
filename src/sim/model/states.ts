/**
 * The states a person can be in (exactly one at a time), the ways of joining, and the reasons
 * for leaving. Numbers are stored in typed arrays and totals; names are what reports show.
 */

/** A fired customer (firing.ts) never returns. */
export const State = { prospect: 0, customer: 1, lapsed: 2, fired: 3 } as const;
export type StateId = (typeof State)[keyof typeof State];
export const stateNames = ['prospect', 'customer', 'lapsed', 'fired'] as const;

/** `touched`: a prospect who answered a card, call or letter (outreach.ts). */
export const JoinChannel = { initial: 0, paid: 1, referred: 2, wonBack: 3, touched: 4 } as const;
export type JoinChannelId = (typeof JoinChannel)[keyof typeof JoinChannel];
export const joinChannelNames = ['initial', 'paid', 'referred', 'wonBack', 'touched'] as const;

export const LeaveReason = {
  competitor: 0,
  brokenPromise: 1,
  conflict: 2,
  serviceFailure: 3,
  neglect: 4,
} as const;
export type LeaveReasonId = (typeof LeaveReason)[keyof typeof LeaveReason];
export const leaveReasonNames = ['competitor', 'brokenPromise', 'conflict', 'serviceFailure', 'neglect'] as const;

/** Bits of a person's flags byte. */
export const Flag = {
  /** Left after a conflict: never comes back (S2.R4). */
  lostForever: 1,
  clubMember: 2,
  /** The run records this person's story. */
  traced: 4,
  /** Left angry (broken promise, service failure, conflict): warns others off for a while (tally.ts). */
  detractor: 8,
  /** Abuses staff when a customer (a fixed trait; firing.ts). */
  abusive: 16,
  /** Asked for no more cards, calls or letters (outreach.ts): sent no more touches. */
  unsubscribed: 32,
} as const;
