/**
 * The people of one shard, as a structure of typed arrays: one slot per person, no objects per
 * person, no allocation per person-week. Person ids are global (shard start + offset) so that a
 * person's luck and traits are the same in every layout of workers.
 *
 * Units: rates in purchases per week, baskets in dollars at list price, satisfaction and
 * expectation in quality points, spending in dollars, points in cents of value.
 */

/** Points are kept in batches by the window in which they were earned; see bonusBank.ts. */
export const POINT_SLOTS = 6;

export class Population {
  /** Global id of the first person of this shard. */
  readonly start: number;
  readonly count: number;

  /** The person's hash key for counter-based draws (see counterHash.ts), cached. */
  readonly randomKey: Int32Array;

  // Fixed traits.
  readonly premium: Uint8Array;
  readonly purchaseRate: Float32Array;
  readonly basket: Float32Array;
  readonly priceSensitivity: Float32Array;
  readonly churnPropensity: Float32Array;
  /** Chance of dropping out after a purchase (dropout.ts); drawn only while that mechanism is on. */
  readonly dropoutChance: Float32Array;
  /** Contacts relative to the market's mean number of contacts (mean 1). */
  readonly contactsRatio: Float32Array;
  /**
   * How our marketing pulls this person when they are not a customer: e^(−price attraction) of a
   * non-member (our prices against the rival's) × their response to marketing.
   */
  readonly marketingAppeal: Float32Array;
  /** How readily the person answers marketing (mean 1 over the market), a fixed trait. */
  readonly marketingResponse: Float32Array;
  /** The week the slot's occupant moves away (catchment.ts); NEVER_MOVES when not within a run. */
  readonly moveWeek: Int16Array;
  /** How many occupants the slot has had before this one (catchment.ts): 0 for the first. */
  readonly generation: Uint16Array;
  /** 1 + the reason a former customer last left for (states.ts LeaveReason); 0 for none (grudge.ts). */
  readonly leaveReason: Uint8Array;
  /** Week of the year (0–51) of the person's birthday: their first card of a year (outreach.ts). */
  readonly birthdayWeek: Uint8Array;

  // Dynamic record.
  readonly state: Uint8Array;
  readonly flags: Uint8Array;
  readonly satisfaction: Float32Array;
  readonly expectation: Float32Array;
  /** Week the person entered their current state; negative for customers who joined before the run. */
  readonly stateSince: Int16Array;
  readonly walletShare: Float32Array;
  /** Spending with us over about the last year (exponentially weighted), in dollars. */
  readonly yearSpend: Float32Array;
  /** Points per expiry window, in whole cents; doubles so that a heavy buyer's balance cannot wrap at 2^31 cents. */
  readonly pointSlots: Float64Array;
  /** Cached e^A, the rival's attraction (rivalry.ts); refreshed when expectation or membership change. */
  readonly rivalPull: Float32Array;
  /** Cached θ × e^(−k × satisfaction − care effect × care), the drifting-away chance (leaving.ts); refreshed with satisfaction. */
  readonly driftHazard: Float32Array;
  /** Points outstanding, in whole cents (exact integers in a double up to 2^53). */
  readonly pointsBalance: Float64Array;
  /** Cards, calls or letters that reached the person (outreach.ts), at most 255. */
  readonly touches: Uint8Array;
  /**
   * One more than the week of the person's last purchase in the run; 0 for none yet. Satisfaction
   * fades by the weeks since (satisfactionMemory.ts), and a price rise asks whether it fell just
   * before the rise (priceChange.ts).
   */
  readonly lastPurchaseWeekPlusOne: Int16Array;
  /**
   * The last Poisson mean of the person's purchases and e^(−mean), its chance of no purchase
   * (purchases.ts): a mean changes only with prices, wallet share or a reminder, so the
   * exponential is computed again only then. Start at mean 0, chance 1.
   */
  readonly lastPurchaseMean: Float64Array;
  readonly noPurchaseChance: Float64Array;

  constructor(start: number, count: number) {
    this.start = start;
    this.count = count;
    this.randomKey = new Int32Array(count);
    this.premium = new Uint8Array(count);
    this.purchaseRate = new Float32Array(count);
    this.basket = new Float32Array(count);
    this.priceSensitivity = new Float32Array(count);
    this.churnPropensity = new Float32Array(count);
    this.dropoutChance = new Float32Array(count);
    this.contactsRatio = new Float32Array(count);
    this.marketingAppeal = new Float32Array(count);
    this.marketingResponse = new Float32Array(count);
    this.moveWeek = new Int16Array(count);
    this.generation = new Uint16Array(count);
    this.leaveReason = new Uint8Array(count);
    this.state = new Uint8Array(count);
    this.flags = new Uint8Array(count);
    this.satisfaction = new Float32Array(count);
    this.expectation = new Float32Array(count);
    this.stateSince = new Int16Array(count);
    this.walletShare = new Float32Array(count);
    this.yearSpend = new Float32Array(count);
    this.pointSlots = new Float64Array(count * POINT_SLOTS);
    this.pointsBalance = new Float64Array(count);
    this.rivalPull = new Float32Array(count);
    this.driftHazard = new Float32Array(count);
    this.birthdayWeek = new Uint8Array(count);
    this.touches = new Uint8Array(count);
    this.lastPurchaseWeekPlusOne = new Int16Array(count);
    this.lastPurchaseMean = new Float64Array(count);
    this.noPurchaseChance = new Float64Array(count).fill(1);
  }

  /** Bytes held per person, for the benchmark's memory report: the typed arrays of a population of one, counted. */
  static bytesPerPerson(): number {
    let bytes = 0;
    for (const held of Object.values(new Population(0, 1))) if (ArrayBuffer.isView(held)) bytes += held.byteLength;
    return bytes;
  }
}

/**
 * Clear the slot's dynamic record for a new occupant (catchment.ts): no state, flags, satisfaction,
 * spending, points, touches or purchase history. Traits are drawn afresh by the caller.
 */
export function clearRecord(population: Population, offset: number): void {
  // Grouped by the arrays' element types, so that each store stays monomorphic.
  population.state[offset] = population.flags[offset] = population.touches[offset] = population.leaveReason[offset] = 0;
  population.satisfaction[offset] = population.expectation[offset] = population.walletShare[offset] = 0;
  population.yearSpend[offset] = population.rivalPull[offset] = population.driftHazard[offset] = 0;
  population.stateSince[offset] = population.lastPurchaseWeekPlusOne[offset] = 0;
  population.pointsBalance[offset] = 0;
  population.pointSlots.fill(0, offset * POINT_SLOTS, (offset + 1) * POINT_SLOTS);
  population.lastPurchaseMean[offset] = 0;
  population.noPurchaseChance[offset] = 1;
}
