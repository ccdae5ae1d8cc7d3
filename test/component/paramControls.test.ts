/**
 * The parameter controls in a DOM: a number's slider and field stay in sync, typed text outside
 * the schema's range is refused with a message next to the field while the last valid value
 * stays, a mark shows what differs from the default (and from A), resets work for one
 * parameter, a group and the whole set, and a mechanism's switch dims what it governs.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defaultParams, paramDef } from '../../src/sim/index.ts';
import { ParamSet } from '../../src/app/state/paramSet.svelte.ts';
import { t } from '../../src/app/i18n/t.ts';
import ParamPanelHarness from './ParamPanelHarness.svelte';

function row(key: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-param="${key}"]`);
  if (!element) throw new Error(`no control for ${key}`);
  return element;
}

function controlsOf(key: string) {
  const label = paramDef(key as never).label;
  return {
    slider: screen.getByRole('slider', { name: label }) as HTMLInputElement,
    field: screen.getByRole('textbox', { name: new RegExp(`^${label}`) }) as HTMLInputElement,
  };
}

describe('the parameter controls', () => {
  it('draw every parameter of the open groups from the schema, with its unit and default', () => {
    render(ParamPanelHarness, { set: new ParamSet(), open: ['purchases'] });
    const { slider, field } = controlsOf('purchases.grossMargin');
    expect(slider.min).toBe('0.01');
    expect(slider.max).toBe('0.9');
    expect(slider.step).toBe('0.01');
    expect(slider.value).toBe('0.35');
    expect(field.value).toBe('0.35');
    expect(within(row('purchases.grossMargin')).getByText('share of list price')).toBeTruthy();
  });

  it('keep the number field in step with the slider, and the slider with the field', async () => {
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['purchases'] });
    const { slider, field } = controlsOf('purchases.grossMargin');
    await fireEvent.input(slider, { target: { value: '0.42' } });
    expect(set.values['purchases.grossMargin']).toBe(0.42);
    expect(field.value).toBe('0.42');

    await fireEvent.input(field, { target: { value: '0.5' } });
    await fireEvent.blur(field);
    expect(set.values['purchases.grossMargin']).toBe(0.5);
    expect(slider.value).toBe('0.5');
  });

  it('refuse a number out of range with a message next to the field, keeping the last valid value', async () => {
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['purchases'] });
    const { slider, field } = controlsOf('purchases.grossMargin');
    await fireEvent.input(field, { target: { value: '2' } });
    await fireEvent.blur(field);
    expect(set.values['purchases.grossMargin']).toBe(0.35);
    expect(slider.value).toBe('0.35');
    // The refused text stays in the field, marked, with the reason beside it.
    expect(field.value).toBe('2');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = within(row('purchases.grossMargin')).getByText(/Not used/);
    expect(message.textContent).toContain('a number from 0.01 to 0.9');
    expect(message.textContent).toContain('0.35');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
  });

  it('refuse text that is not a number, and clear the message once a valid value arrives', async () => {
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['purchases'] });
    const { slider, field } = controlsOf('purchases.basket');
    await fireEvent.input(field, { target: { value: 'forty' } });
    expect(within(row('purchases.basket')).getByText(/Not used/)).toBeTruthy();
    await fireEvent.input(slider, { target: { value: '45' } });
    expect(within(row('purchases.basket')).queryByText(/Not used/)).toBeNull();
    expect(field.value).toBe('45');
  });

  it('mark a changed parameter and reset it to its default', async () => {
    const basketDefault = defaultParams()['purchases.basket'];
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['purchases'] });
    const { slider, field } = controlsOf('purchases.basket');
    const reset = within(row('purchases.basket')).getByRole('button', {
      name: t('sandbox.param.reset', { label: 'Basket', value: String(basketDefault) }),
    }) as HTMLButtonElement;
    expect(reset.disabled).toBe(true);
    expect(row('purchases.basket').dataset.changed).toBeUndefined();

    await fireEvent.input(slider, { target: { value: '70' } });
    expect(row('purchases.basket').dataset.changed).toBe('true');
    expect(reset.disabled).toBe(false);

    await fireEvent.click(reset);
    expect(set.values['purchases.basket']).toBe(basketDefault);
    expect(slider.value).toBe(String(basketDefault));
    expect(field.value).toBe(String(basketDefault));
    expect(row('purchases.basket').dataset.changed).toBeUndefined();
  });

  it('reset a whole group, and the whole set', async () => {
    const set = new ParamSet();
    set.set('purchases.basket', 70);
    set.set('purchases.grossMargin', 0.5);
    set.set('club.enabled', true);
    render(ParamPanelHarness, { set, open: ['purchases'] });
    const group = document.querySelector<HTMLElement>('[data-group="purchases"]')!;
    await fireEvent.click(within(group).getByRole('button', { name: /^Reset group: the parameters of “Purchases”/ }));
    expect(set.values['purchases.basket']).toBe(defaultParams()['purchases.basket']);
    expect(set.values['purchases.grossMargin']).toBe(defaultParams()['purchases.grossMargin']);
    expect(set.values['club.enabled']).toBe(true);

    await fireEvent.click(screen.getByRole('button', { name: `${t('sandbox.params.resetSide', { side: 'A' })}: ${t('sandbox.params.resetSideMore', { side: 'A' })}` }));
    expect(set.values).toEqual(defaultParams());
  });

  it('show a mechanism’s switch at the top of its group and dim the rest while it is off', async () => {
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['bonusBank'] });
    const group = document.querySelector<HTMLElement>('[data-group="bonusBank"]')!;
    const toggle = within(group).getByRole('switch', { name: 'Bonus bank' }) as HTMLInputElement;
    const first = group.querySelector('[data-param]') as HTMLElement;
    expect(first.dataset.param).toBe('bonusBank.enabled');
    expect(row('bonusBank.earnRate').classList.contains('dimmed')).toBe(true);
    expect(within(group).getByText(t('sandbox.group.off'))).toBeTruthy();

    await fireEvent.click(toggle);
    expect(set.values['bonusBank.enabled']).toBe(true);
    expect(row('bonusBank.earnRate').classList.contains('dimmed')).toBe(false);
    expect(within(group).getByText(t('sandbox.group.on'))).toBeTruthy();
  });

  it('offer a choice as radio buttons', async () => {
    const set = new ParamSet();
    render(ParamPanelHarness, { set, open: ['service'] });
    const choices = within(row('service.handling')).getByRole('radiogroup', { name: 'Complaint handling' });
    const fix = within(choices).getByRole('radio', { name: 'fix' }) as HTMLInputElement;
    await fireEvent.click(fix);
    expect(set.values['service.handling']).toBe('fix');
    expect(fix.checked).toBe(true);
  });

  it('show the schema’s help behind a button', async () => {
    render(ParamPanelHarness, { set: new ParamSet(), open: ['purchases'] });
    const help = within(row('purchases.basket')).getByRole('button', { name: t('sandbox.param.help', { label: 'Basket' }) });
    const text = within(row('purchases.basket')).getByText(paramDef('purchases.basket').help);
    expect(text.closest('[hidden]')).not.toBeNull();
    await fireEvent.click(help);
    expect(help.getAttribute('aria-expanded')).toBe('true');
    expect(text.closest('[hidden]')).toBeNull();
  });

  it('mark in B the parameters where B differs from A', async () => {
    const a = new ParamSet();
    const b = new ParamSet();
    b.set('discount.enabled', true);
    render(ParamPanelHarness, { set: b, other: a, open: ['discount'] });
    expect(row('discount.enabled').dataset.differs).toBe('true');
    expect(row('discount.rate').dataset.differs).toBeUndefined();
    expect(screen.getByText(t('sandbox.params.differ', { count: 1 }))).toBeTruthy();
  });
});
