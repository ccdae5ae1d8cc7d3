/**
 * Where each dot of the population view stands: the people of a week are grouped by state
 * (prospects, customers, former customers, the fired among them), each group a block of the canvas as wide as its share
 * of the people, and inside a block the dots fill a grid in order of id, so that a person keeps a
 * steady place while their group's size changes slowly. Units are CSS pixels.
 */
import { scaleBand } from 'd3-scale';
import { State } from '../../sim/model/states.ts';

export const GROUP_ORDER = [State.prospect, State.customer, State.lapsed] as const;

/** The group a state is drawn in: fired customers stand with the other former customers. */
function groupState(state: number): number {
  return state === State.fired ? State.lapsed : state;
}

export interface DotLayout {
  /** x and y of each sampled person, by index in the sample. */
  x: Float32Array;
  y: Float32Array;
  /** The dot's radius. */
  radius: number;
  /** Each group's block: where its label goes and how many it holds. */
  groups: { state: number; x: number; width: number; count: number }[];
}

const LABEL_HEIGHT = 28;

export function layoutDots(row: Uint8Array, width: number, height: number): DotLayout {
  const counts = GROUP_ORDER.map((state) => row.reduce((sum, value) => sum + (groupState(value) === state ? 1 : 0), 0));
  const total = Math.max(1, row.length);
  // Blocks are as wide as their share, but never too narrow to read their label.
  const minimumShare = 0.12;
  const shares = counts.map((count) => Math.max(minimumShare, count / total));
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  const band = scaleBand<number>().domain([0, 1, 2]).range([0, width]).paddingInner(0.04);
  const usable = band.bandwidth() * 3;
  const gap = (width - usable) / 2;
  const areaHeight = Math.max(10, height - LABEL_HEIGHT);
  // One spacing for every block, so a dot is the same size everywhere: the densest block decides.
  let spacing = Infinity;
  const groups: DotLayout['groups'] = [];
  let left = 0;
  GROUP_ORDER.forEach((state, index) => {
    const blockWidth = (shares[index] / shareSum) * usable;
    groups.push({ state, x: left, width: blockWidth, count: counts[index] });
    left += blockWidth + gap;
    const count = Math.max(1, counts[index]);
    spacing = Math.min(spacing, Math.sqrt((blockWidth * areaHeight) / count));
  });
  // Whole columns waste part of a block's width: shrink the spacing until every block fits.
  const fits = (size: number) =>
    groups.every((group) => Math.ceil(group.count / Math.max(1, Math.floor(group.width / size))) * size <= areaHeight);
  while (!fits(spacing) && spacing > 0.5) spacing *= 0.97;
  const x = new Float32Array(row.length);
  const y = new Float32Array(row.length);
  const filled = [0, 0, 0];
  const columns = groups.map((group) => Math.max(1, Math.floor(group.width / spacing)));
  for (let index = 0; index < row.length; index++) {
    const group = GROUP_ORDER.indexOf(groupState(row[index]) as (typeof GROUP_ORDER)[number]);
    const place = filled[group]++;
    const column = place % columns[group];
    const line = Math.floor(place / columns[group]);
    x[index] = groups[group].x + (column + 0.5) * spacing;
    y[index] = LABEL_HEIGHT + (line + 0.5) * spacing;
  }
  return { x, y, radius: Math.max(0.6, Math.min(6, spacing * 0.42)), groups };
}
