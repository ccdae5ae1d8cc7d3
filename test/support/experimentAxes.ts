/**
 * An experiment's axis from its text form, for tests that write axes as a user would: a refusal
 * is a broken test, so it throws with the refusal's sentence.
 */
import { axisFromText, type Axis } from '../../src/experiment/axis.ts';

export function axis(text: string, hasB = true): Axis {
  const checked = axisFromText(text, hasB);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}
