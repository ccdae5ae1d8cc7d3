/**
 * The preset choice of "Relationships that grow": a labelled group of radio buttons at the top of
 * the group that sets the group's values as a whole ("As Reichheld describes" sets spend growth 2,
 * a premium of 0.2 and the rest of that preset; "As the evidence finds" brings back the defaults),
 * and says "Custom" once a slider has moved the values off both presets.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ParamSet } from '../../src/app/state/paramSet.svelte.ts';
import { t } from '../../src/app/i18n/t.ts';
import { defaultParams, presets } from '../../src/sim/index.ts';
import ParamPanelHarness from './ParamPanelHarness.svelte';

function choice() {
  const group = document.querySelector<HTMLElement>('[data-group="relationship"]')!;
  const presetGroup = within(group).getByRole('group', { name: new RegExp(`^${t('sandbox.preset.legend')}`) });
  const radio = (key: 'evidence' | 'reichheld' | 'custom') =>
    within(presetGroup).queryByRole('radio', { name: t(`sandbox.preset.${key}`) }) as HTMLInputElement | null;
  return { group, presetGroup, radio };
}

describe('the preset choice', () => {
  it('is a labelled choice at the top of the group, on "As the evidence finds" at the defaults, with no "Custom"', () => {
    render(ParamPanelHarness, { set: new ParamSet(), open: ['relationship'] });
    const { group, presetGroup, radio } = choice();
    expect(presetGroup.textContent).toContain(t('sandbox.preset.legendMore', { group: 'Relationships that grow', side: 'A' }));
    expect(radio('evidence')?.checked).toBe(true);
    expect(radio('reichheld')?.checked).toBe(false);
    expect(radio('custom')).toBeNull();
    expect(presetGroup.getAttribute('data-preset')).toBe('evidence');
    // It comes before the group's controls.
    const first = group.querySelector('[data-presets], [data-param]');
    expect(first?.hasAttribute('data-presets')).toBe(true);
  });

  it('sets the whole group to Reichheld’s values when "As Reichheld describes" is picked, and back to the evidence’s', async () => {
    const set = new ParamSet();
    set.set('purchases.basket', 70);
    render(ParamPanelHarness, { set, open: ['relationship'] });
    await fireEvent.click(choice().radio('reichheld')!);
    expect(set.values['relationship.spendGrowth']).toBe(2);
    expect(set.values['relationship.pricePremium']).toBe(0.2);
    expect(set.values['relationship.priceTolerance']).toBe(0.5);
    expect(set.values['relationship.costSaving']).toBe(0.5);
    expect(set.values['relationship.referralGrowth']).toBe(2);
    expect(set.values['relationship.forgiveness']).toBe(1);
    // Only the group's values: another group keeps what the reader set.
    expect(set.values['purchases.basket']).toBe(70);
    expect(choice().radio('reichheld')?.checked).toBe(true);
    expect((screen.getByRole('slider', { name: 'Spend growth' }) as HTMLInputElement).value).toBe('2');
    expect(choice().group.querySelector('.badge.changed')?.textContent).toBe(t('sandbox.params.changed', { count: 6 }));

    await fireEvent.click(choice().radio('evidence')!);
    expect(set.values).toEqual({ ...defaultParams(), 'purchases.basket': 70 });
    expect(choice().radio('evidence')?.checked).toBe(true);
  });

  it('shows "Custom", chosen, once a slider moves the values off both presets, and leaves it when a preset is picked', async () => {
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['relationship'] });
    await fireEvent.click(choice().radio('reichheld')!);
    await fireEvent.input(screen.getByRole('slider', { name: 'Spend growth' }), { target: { value: '1.5' } });
    expect(set.values['relationship.spendGrowth']).toBe(1.5);
    expect(choice().radio('custom')?.checked).toBe(true);
    expect(choice().radio('reichheld')?.checked).toBe(false);
    expect(choice().presetGroup.textContent).toContain(t('sandbox.preset.custom.note'));

    await fireEvent.click(choice().radio('reichheld')!);
    expect(set.values['relationship.spendGrowth']).toBe(2);
    expect(choice().radio('custom')).toBeNull();
  });

  it('takes every value of a preset from the core’s presets, so the two never drift apart', async () => {
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['relationship'] });
    await fireEvent.click(choice().radio('reichheld')!);
    for (const [key, value] of Object.entries(presets.reichheld)) expect(set.values[key as keyof typeof set.values], key).toBe(value);
  });
});
