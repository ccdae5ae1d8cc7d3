/**
 * The demo shop: a customer base the app makes with its own simulation (never a copy of anyone's
 * data), so that a class can try "Your customers" with one click and see the round trip
 * "simulate → export transactions → fit → recover the parameters". Its 2,400 customers buy and
 * leave as BG/NBD has it (buyTillYouDie.ts) at Fader, Hardie & Lee's (2005) CDNOW estimates, the
 * truth the fit is compared with; like CDNOW's, they first buy over the first 12 weeks, evenly
 * spread, and are followed to the end of week 78, with calibration to the end of week 39.
 *
 * A person's simulated history starts at their first purchase and is shifted to the day they first
 * buy. The simulation logs the repeat purchases; the first purchase is written at the amount of the
 * customer's next one, or at the shop's median purchase for one who never came back (the models
 * read only the repeat purchases' amounts). Days count from 0; money in dollars.
 */
import { paramsWith } from '../../sim/params/validate.ts';
import { dollars } from '../../sim/metrics/transactionsCsv.ts';
import { simulate } from '../../sim/run/simulate.ts';
import type { BgNbdParameters } from '../fit/bgnbd.ts';
import { buyTillYouDie } from './buyTillYouDie.ts';

const DAYS_PER_WEEK = 7;

export const DEMO_SHOP = {
  fileName: 'demo-shop.csv',
  customers: 2400,
  weeks: 78,
  /** Customers first buy on days 0 … joiningDays − 1, as many on each. */
  joiningDays: 84,
  calibrationWeeks: 39,
  /** Fader, Hardie & Lee (2005), table 1: BG/NBD fitted to CDNOW. */
  truth: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as BgNbdParameters,
} as const;

/** The last day of calibration, as the file's day numbers write it (the end of week 39). */
export const DEMO_CALIBRATION_END = String(DEMO_SHOP.calibrationWeeks * DAYS_PER_WEEK - 1);

/** A shop of the demo's kind: its size, its span and its customers' true BG/NBD parameters. */
export interface ShopSpec {
  customers: number;
  weeks: number;
  joiningDays: number;
  truth: BgNbdParameters;
}

/** The demo shop's transactions as CSV (customer, day, amount), one row a purchase, by customer then day. */
export function demoShopCsv(seed = 1): string {
  return shopCsv(DEMO_SHOP, seed);
}

/** The transactions of a shop of the demo's kind (the benchmark's is larger): as demoShopCsv. */
export function shopCsv(shop: ShopSpec, seed: number): string {
  const params = paramsWith(buyTillYouDie(shop.truth));
  if (!params.ok) throw new Error(params.error);
  const { customers, weeks, joiningDays } = shop;
  const log = simulate({ seed, weeks, people: customers, params: params.value, transactions: true }).transactions;
  if (!log) throw new Error('the run kept no transaction log');
  const lastDay = weeks * DAYS_PER_WEEK - 1;
  const firstDay = (person: number) => Math.floor((person * joiningDays) / customers);
  // Each person's repeat purchases, as [day, cents], in time order (the log is by person, then time).
  const repeats: [number, number][][] = Array.from({ length: customers }, () => []);
  const allCents: number[] = [];
  for (let row = 0; row < log.person.length; row++) {
    const person = log.person[row]!;
    const day = firstDay(person) + Math.floor((log.week[row]! + log.fraction[row]!) * DAYS_PER_WEEK);
    if (day > lastDay) continue;
    repeats[person]!.push([day, log.cents[row]!]);
    allCents.push(log.cents[row]!);
  }
  const median = allCents.sort((left, right) => left - right)[Math.floor(allCents.length / 2)] ?? 0;
  const width = String(customers).length;
  const lines = ['customer,day,amount'];
  repeats.forEach((purchases, person) => {
    const id = `C${String(person + 1).padStart(width, '0')}`;
    lines.push(`${id},${firstDay(person)},${dollars(purchases[0]?.[1] ?? median)}`);
    for (const [day, cents] of purchases) lines.push(`${id},${day},${dollars(cents)}`);
  });
  return `${lines.join('\n')}\n`;
}
