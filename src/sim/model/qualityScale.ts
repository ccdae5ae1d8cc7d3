/**
 * The quality scale: quality, expectations and experiences are in points from 0 (as bad as it
 * gets) to 10 (as good as it gets), the scale service.quality and the promise are set on. Whatever
 * lifts or strains quality (reinvestment, listening, a guarantee's lessons, abusive customers)
 * moves it only within the scale, so no lever can buy more than the top of it.
 */

/** The top of the quality scale, in points; the bottom is 0. */
export const QUALITY_MAX = 10;

/** `value` held within the quality scale. */
export function onQualityScale(value: number): number {
  return value > QUALITY_MAX ? QUALITY_MAX : value < 0 ? 0 : value;
}
