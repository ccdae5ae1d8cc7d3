/**
 * The weekly series of a run, declared once: name, unit and how each is computed from the week's
 * totals (and, for running figures, from the weeks before). Charts, the CLI and the summary read
 * only these columns; they never read the people. Money in dollars.
 */
import { T, type TotalField } from '../model/totals.ts';
import { ledgerLines, type LedgerLine } from './ledger.ts';

export interface SeriesInfo {
  name: string;
  unit: string;
  description: string;
}

const count = (name: string, description: string): SeriesInfo => ({ name, unit: 'people', description });
const dollars = (name: string, description: string): SeriesInfo => ({ name, unit: '$', description });

/** Series copied straight from a totals field (counts of people or events). */
export const countSeries: readonly (SeriesInfo & { field: TotalField })[] = [
  { ...count('customers', 'Customers at the end of the week'), field: 'customers' },
  { ...count('prospects', 'People who have never been customers'), field: 'prospects' },
  { ...count('lapsed', 'Former customers (gone to the rival or just stopped)'), field: 'lapsed' },
  { ...count('lostForever', 'Former customers lost for ever after a conflict'), field: 'lostForever' },
  { ...count('fired', 'Former customers the company fired (they never return)'), field: 'fired' },
  { ...count('newPaid', 'New customers won by paid marketing'), field: 'newPaid' },
  { ...count('newReferred', 'New customers brought by a friend'), field: 'newReferred' },
  { ...count('newTouched', 'New customers who answered a card, call or letter'), field: 'newTouched' },
  { ...count('wonBack', 'Former customers who came back'), field: 'wonBack' },
  { ...count('wonBackPaid', 'Former customers won back by marketing (part of wonBack)'), field: 'wonBackPaid' },
  { ...count('leftCompetitor', 'Leavers lured by the rival'), field: 'leftCompetitor' },
  { ...count('leftBrokenPromise', 'Leavers after a broken promise'), field: 'leftBrokenPromise' },
  { ...count('leftConflict', 'Leavers after a conflict over a complaint'), field: 'leftConflict' },
  { ...count('leftServiceFailure', 'Leavers after a service failure'), field: 'leftServiceFailure' },
  { ...count('leftNeglect', 'Leavers who drifted away'), field: 'leftNeglect' },
  { ...count('leftFired', 'Customers the company fired this week'), field: 'leftFired' },
  { ...count('leftMoved', 'Customers who moved out of the market (replaced by newcomers)'), field: 'leftMoved' },
  { name: 'purchases', unit: 'purchases', description: 'Purchases made with us', field: 'purchases' },
  { name: 'failures', unit: 'weeks', description: 'Customer-weeks with a service failure', field: 'failures' },
  { name: 'complaints', unit: 'complaints', description: 'Failures the customer complained about', field: 'complaints' },
  { name: 'brokenPromises', unit: 'weeks', description: 'Customer-weeks with a broken promise', field: 'brokenPromises' },
  { ...count('promoters', 'Customers who recommend us'), field: 'promoters' },
  { ...count('detractors', 'Customers and recent leavers who warn others off'), field: 'detractors' },
  { ...count('clubMembers', 'Members of the customer club'), field: 'clubMembers' },
  { name: 'guaranteeClaims', unit: 'claims', description: 'Purchases refunded under the satisfaction guarantee', field: 'guaranteeClaims' },
  { ...count('feltCheated', 'Customers who felt cheated by the price rise'), field: 'feltCheated' },
  { name: 'touchesSent', unit: 'touches', description: 'Cards, calls and letters sent', field: 'touchesSent' },
  { name: 'touchesDelivered', unit: 'touches', description: 'Cards, calls and letters that reached the person (not spam)', field: 'touchesDelivered' },
  { ...count('unsubscribes', 'People who asked for no more cards, calls or letters'), field: 'unsubscribes' },
  { ...count('abusiveCustomers', 'Customers who abuse staff'), field: 'abusiveCustomers' },
  { ...count('satisfactionVeryLow', 'Customers with satisfaction below −2'), field: 'satVeryLow' },
  { ...count('satisfactionLow', 'Customers with satisfaction from −2 to −0.5'), field: 'satLow' },
  { ...count('satisfactionNeutral', 'Customers with satisfaction from −0.5 to 0.5'), field: 'satNeutral' },
  { ...count('satisfactionHigh', 'Customers with satisfaction from 0.5 to 2'), field: 'satHigh' },
  { ...count('satisfactionVeryHigh', 'Customers with satisfaction of 2 or more'), field: 'satVeryHigh' },
];

export const ledgerSeries: readonly (SeriesInfo & { line: LedgerLine })[] = ledgerLines.map((line) => ({
  ...dollars(line, `Ledger line: ${line} (income positive, costs negative)`),
  line,
}));

/** Series computed by the collector (see collector.ts for each formula). */
export const derivedSeries: readonly SeriesInfo[] = [
  count('newCustomers', 'All new customers: paid, referred and won back'),
  count('leavers', 'All customers who left this week'),
  dollars('profit', 'Sum of the ledger lines'),
  dollars('cumulativeProfit', 'Profit since week 0'),
  dollars('discountedProfit', 'Profit since week 0, discounted to week 0'),
  dollars('pointsIssued', 'Value of points credited'),
  dollars('pointsRedeemed', 'Value of points used to pay'),
  dollars('pointsExpired', 'Value of points that burned unused'),
  dollars('pointsLiability', 'Value of points outstanding at the end of the week'),
  { name: 'satisfactionMean', unit: 'points', description: 'Mean satisfaction of customers' },
  { name: 'walletShareMean', unit: 'share', description: 'Mean share of wallet of customers' },
  { name: 'qualityShift', unit: 'points', description: 'Quality added to what is delivered: reinvestment and listening, less the strain of abuse' },
  { name: 'needsFound', unit: 'share', description: 'Share of customers\' needs found by listening' },
  { name: 'retentionWeekly', unit: 'share', description: 'Share of the week\'s starting customers still customers' },
  { name: 'retentionAnnual', unit: 'share', description: 'Product of weekly retention over the last 52 weeks' },
  dollars('costPerCustomerWon', 'Marketing spent so far per customer won by marketing (newcomers and win-backs)'),
  dollars('marginPerCustomerYear', 'Margin a customer brings in a year, over the last 52 weeks (the m of customer value)'),
  dollars('valuePerCustomer', 'Customer value: yearly margin × r / (1 + i − r), Gupta & Lehmann (2003)'),
];

export const allSeries: readonly SeriesInfo[] = [...countSeries, ...ledgerSeries, ...derivedSeries];

export const seriesNames: readonly string[] = allSeries.map((info) => info.name);

export type Series = Record<string, Float64Array>;

/** Index of the field of a count series, for the collector. */
export function fieldIndex(field: TotalField): number {
  return T[field];
}
