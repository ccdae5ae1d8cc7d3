/**
 * Legend glyphs for lines: a short stroke in the line's colour and pattern, with its marker in
 * the middle when it has one, drawn once on a small canvas and reused. chart.js stretches its
 * own point styles to the legend's box width (a circle becomes a wide ellipse); a picture keeps
 * the shape. Sizes in CSS pixels. Without a DOM (unit tests in Node) the chart.js style name is
 * used instead.
 */
import type { PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';

export const GLYPH_WIDTH = 30;
const HEIGHT = 16;

const cache = new Map<string, HTMLCanvasElement>();

export function lineGlyph(colour: string, width: number, dash: readonly number[], marker?: PointStyle): PointStyle {
  if (typeof document === 'undefined' || (marker !== undefined && typeof marker !== 'string')) return marker ?? 'line';
  const key = `${colour} ${width} ${dash.join(',')} ${marker ?? ''}`;
  let canvas = cache.get(key);
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.width = GLYPH_WIDTH;
    canvas.height = HEIGHT;
    const context = canvas.getContext('2d');
    if (context) {
      context.strokeStyle = colour;
      context.fillStyle = colour;
      context.lineWidth = width;
      context.setLineDash([...dash].map((length) => length * 0.6));
      context.beginPath();
      context.moveTo(0, HEIGHT / 2);
      context.lineTo(GLYPH_WIDTH, HEIGHT / 2);
      context.stroke();
      context.setLineDash([]);
      if (marker) drawPoint(context, { pointStyle: marker, radius: 5.5, rotation: 0, borderWidth: 1.5 }, GLYPH_WIDTH / 2, HEIGHT / 2);
    }
    cache.set(key, canvas);
  }
  return canvas;
}
