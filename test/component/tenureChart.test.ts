/**
 * The tenure chart's card in a DOM, from a known tenure table: the sentence under the chart and
 * the data table a keyboard or screen-reader user opens say the numbers a reader would take from
 * the bars (profit per customer-year by tenure year and source, and the totals).
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { tenureDefinition } from '../../src/app/charts/definitions/tenure.ts';
import ChartCard from '../../src/app/components/charts/ChartCard.svelte';
import { t } from '../../src/app/i18n/t.ts';
import { rising, withTenure } from '../support/tenureTables.ts';
import { runA, single } from '../unit/charts/fixtures.ts';

// jsdom draws nothing: chart.js is given no canvas context and leaves the canvas blank.
HTMLCanvasElement.prototype.getContext = (() => null) as never;

function card() {
  render(ChartCard, { definition: tenureDefinition, input: single(withTenure(runA, rising)), imageName: 'tenure' });
  return document.querySelector<HTMLElement>('[data-chart="tenure"]')!;
}

describe('the tenure chart’s card', () => {
  it('says in a sentence what a customer brings in year 1 and in year 5 or later', () => {
    const shown = card();
    expect(within(shown).getByRole('heading', { name: 'Profit per customer by year of tenure' })).toBeTruthy();
    const summary = shown.querySelector('[data-summary]')!;
    expect(summary.textContent).toBe(
      'Over the 78 weeks of the run, a customer brought $213.00 of profit a year in year 1 of tenure and $725.00 in year 5 or later (+240.4%), $525.00 of it from spend growth, cost savings, referrals and the price premium.',
    );
    // The chart's image is described by that sentence.
    expect(shown.querySelector('[role="img"]')?.getAttribute('aria-describedby')).toBe(summary.id);
  });

  it('opens a data table with a row per tenure year and a column per source and the total', async () => {
    const shown = card();
    // jsdom does not open a disclosure on a click of its summary: open it as the browser would.
    const disclosure = within(shown).getByText(t('chart.table.show')).closest('details')!;
    disclosure.open = true;
    await fireEvent(disclosure, new Event('toggle'));
    const table = within(shown).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Year of tenure', 'Customer-years', 'Base margin', 'Spend growth', 'Cost savings', 'Referrals', 'Price premium', 'Total']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['1', '2', '3', '4', '5+']);
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(rows[0])).toEqual(['100', '$200.00', '$10.00', '$1.00', '$2.00', '$0.00', '$213.00']);
    expect(cells(rows[2])).toEqual(['60', '$200.00', '$200.00', '$3.00', '$12.00', '$100.00', '$515.00']);
    expect(cells(rows[4])).toEqual(['20', '$200.00', '$300.00', '$5.00', '$20.00', '$200.00', '$725.00']);
    const referralValue = runA.params['relationship.referralValue'].toFixed(2);
    expect(screen.getByText(`referrals valued at $${referralValue} a referred customer won`, { exact: false })).toBeTruthy();
  });
});
