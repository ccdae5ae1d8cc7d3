/**
 * Chart colours: the Okabe–Ito palette, which stays distinguishable with the common forms of
 * colour blindness, and a translucent fill for areas. Colours are CSS hex strings.
 */
export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * Darker shades of palette colours for text (axis titles and ticks), with a contrast of at least
 * 4.5:1 on white; the lines keep the palette's own colours.
 */
export const textShade: Partial<Record<string, string>> = {
  [okabeIto.bluishGreen]: '#00785A',
  [okabeIto.vermillion]: '#B34E00',
};

export const ink = {
  text: '#1f2328',
  muted: '#57606a',
  grid: 'rgba(31, 35, 40, 0.12)',
  /** A neutral grey for a middle band (neither good nor bad), lighter than the text. */
  neutral: '#9a9a9a',
  /** The zero line of charts whose values go below zero. */
  zero: 'rgba(31, 35, 40, 0.55)',
} as const;

/** The line pattern of run B in compare mode (run A is solid), so A and B differ without colour. */
export const DASH_B = [10, 6];

/** The same colour with an alpha from 0 to 1, for filled areas. */
export function translucent(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
