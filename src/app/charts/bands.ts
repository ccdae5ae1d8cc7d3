/**
 * A band across seeds drawn in chart.js: the 10th and 90th percentiles as the edges of a shaded
 * area and the median as a line over it, week by week. Three datasets, in this order: low, high
 * (filled down to low) and median. Run A's band is shaded without edges; run B's is lighter, with
 * dashed edges and a dashed median, so that the two read apart without colour.
 */
import type { ChartDataset } from 'chart.js';
import type { SeriesBand } from '../../analysis/seedSpread.ts';
import { points, type Point } from './common.ts';
import { translucent } from './palette.ts';

export type BandDataset = ChartDataset<'line', Point[]>;

export interface BandStyle {
  /** Dataset labels: "Cumulative profit (A)" and its edges. */
  label: { median: string; low: string; high: string };
  colour: string;
  /** The panel's value axis. */
  axis: string;
  /** chart.js borderDash of the median (and of the edges, when set): [] for run A. */
  dash: number[];
}

/** Datasets per band: low, high, median. */
export const BAND_DATASETS = 3;

export function bandDatasets(band: SeriesBand, style: BandStyle): BandDataset[] {
  const dashed = style.dash.length > 0;
  const edge = (label: string, values: Float64Array, fill: false | '-1'): BandDataset => ({
    label,
    data: points(values),
    yAxisID: style.axis,
    borderColor: dashed ? translucent(style.colour, 0.8) : 'transparent',
    borderWidth: dashed ? 1.25 : 0,
    borderDash: style.dash,
    backgroundColor: translucent(style.colour, dashed ? 0.12 : 0.28),
    fill,
    pointRadius: 0,
    // The shaded areas lie under every median line.
    order: 1,
  });
  return [
    edge(style.label.low, band.low, false),
    edge(style.label.high, band.high, '-1'),
    {
      label: style.label.median,
      data: points(band.median),
      yAxisID: style.axis,
      borderColor: style.colour,
      backgroundColor: style.colour,
      borderWidth: 3,
      borderDash: style.dash,
      fill: false,
      pointRadius: 0,
      order: 0,
    },
  ];
}
