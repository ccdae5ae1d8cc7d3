/**
 * The demo shop: the app's own simulation written out as a file of transactions and fitted like a
 * reader's file (the round trip "simulate → export → fit → recover"): the same file for the same
 * seed, its customers joining over 12 weeks and followed to week 78, and BG/NBD's true parameters
 * within the fit's 95% intervals.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CALIBRATION_END, DEMO_SHOP, demoShopCsv } from '../../../src/analysis/demo/demoShop.ts';
import { BGNBD_PARAMETERS } from '../../../src/analysis/fit/bgnbd.ts';
import { logScaleInterval } from '../../../src/analysis/fit/interval.ts';
import { fitFile } from '../../../src/analysis/fitFile.ts';

describe('the demo shop', () => {
  const text = demoShopCsv(1);
  const rows = text.trim().split('\n');

  it('is the same file for the same seed, and another for another', () => {
    expect(demoShopCsv(1)).toBe(text);
    expect(demoShopCsv(2)).not.toBe(text);
  });

  it('has a first purchase for each of its 2,400 customers on days 0–83, and every purchase by day 545', () => {
    expect(rows[0]).toBe('customer,day,amount');
    const firstDays = new Map<string, number>();
    for (const row of rows.slice(1)) {
      const [customer, day, amount] = row.split(',');
      expect(Number(amount)).toBeGreaterThan(0);
      expect(Number(day)).toBeLessThanOrEqual(DEMO_SHOP.weeks * 7 - 1);
      if (!firstDays.has(customer!)) firstDays.set(customer!, Number(day));
    }
    expect(firstDays.size).toBe(DEMO_SHOP.customers);
    const days = [...firstDays.values()];
    expect([Math.min(...days), Math.max(...days)]).toEqual([0, DEMO_SHOP.joiningDays - 1]);
  });

  it('is fitted, on its first 39 weeks, to BG/NBD estimates whose 95% intervals hold the truth', () => {
    const fitted = fitFile(text, { calibrationEnd: DEMO_CALIBRATION_END, models: ['bgnbd'] });
    if (!fitted.ok || fitted.value.kind !== 'transactions') throw new Error('the demo shop could not be fitted');
    expect(fitted.value.columns.dateFormat).toBe('days');
    expect(fitted.value.holdout?.weeks).toBe(39);
    const { estimates } = fitted.value.fits[0]!;
    for (const name of BGNBD_PARAMETERS) {
      const [low, high] = logScaleInterval(estimates[name]!.value, estimates[name]!.standardError)!;
      expect({ name, within: DEMO_SHOP.truth[name] >= low && DEMO_SHOP.truth[name] <= high }).toEqual({ name, within: true });
    }
  });
});
