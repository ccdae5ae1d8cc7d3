/**
 * The row of headline numbers: which summary figures of a run are shown, in what order, with
 * what label and how each reads (people, dollars or a share).
 */
import type { Summary } from '../../sim/index.ts';
import { formatNumber, type NumberKind } from '../format/numbers.ts';
import { t, type MessageKey } from '../i18n/t.ts';

export interface MetricView {
  /** The summary's field name, also the element's `data-metric`. */
  name: keyof Summary;
  label: string;
  help: string;
  /** The raw number, for `data-value`; null while the run is going. */
  value: number | null;
  text: string;
}

const shown: readonly { name: keyof Summary; kind: NumberKind; label: MessageKey; help: MessageKey }[] = [
  { name: 'customers', kind: 'count', label: 'metric.customers', help: 'metric.customers.help' },
  { name: 'cumulativeProfit', kind: 'money', label: 'metric.cumulativeProfit', help: 'metric.cumulativeProfit.help' },
  { name: 'retentionAnnual', kind: 'share', label: 'metric.retentionAnnual', help: 'metric.retentionAnnual.help' },
  { name: 'costPerCustomerWon', kind: 'money', label: 'metric.costPerCustomerWon', help: 'metric.costPerCustomerWon.help' },
  { name: 'valuePerCustomer', kind: 'money', label: 'metric.valuePerCustomer', help: 'metric.valuePerCustomer.help' },
];

/** The metrics of a summary, or placeholders with the same labels when there is none yet. */
export function summaryView(summary: Summary | null): MetricView[] {
  return shown.map(({ name, kind, label, help }) => ({
    name,
    label: t(label),
    help: t(help),
    value: summary ? summary[name] : null,
    text: summary ? formatNumber(summary[name], kind) : '—',
  }));
}
