/**
 * How the experiment's views write a parameter's value: a switch as on/off (as the address and
 * the builder's lists do), a number in the locale with up to four significant digits, a choice
 * as it is named.
 */
import type { ParamValue } from '../../../sim/params/types.ts';
import { formatSignificant } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';

export function valueText(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? t('sandbox.group.on') : t('sandbox.group.off');
  if (typeof value === 'number') return formatSignificant(value, 4);
  return value;
}
