/**
 * The files the sandbox exports: every series as CSV (with the configuration in comment lines;
 * A and B columns in compare mode), the configuration as JSON, and a chart as PNG. Building a
 * file is pure; `download` hands it to the browser.
 */
import { seriesCsv, type RunResult } from '../../sim/index.ts';
import { configurationComments, configurationOf } from './configuration.ts';

export interface ExportFile {
  name: string;
  type: string;
  content: Blob | string;
}

function stem(a: RunResult, b: RunResult | null): string {
  return `retention-lab-seed${a.seed}${b ? '-compare' : ''}`;
}

export function seriesFile(a: RunResult, b: RunResult | null): ExportFile {
  const runs = b ? [{ name: 'A', result: a }, { name: 'B', result: b }] : [{ name: 'A', result: a }];
  return {
    name: `${stem(a, b)}.csv`,
    type: 'text/csv',
    content: seriesCsv(runs, configurationComments(configurationOf(a, b))),
  };
}

export function configurationFile(a: RunResult, b: RunResult | null): ExportFile {
  return {
    name: `${stem(a, b)}.json`,
    type: 'application/json',
    content: `${JSON.stringify(configurationOf(a, b), null, 2)}\n`,
  };
}

/** The name (without ".png") of the image of a chart of a run of `seed`. */
export const runChartImageName = (chartId: string, seed: number) => `retention-lab-${chartId}-seed${seed}`;

/** A chart's canvas as the PNG file `name`.png, on a white background (a transparent PNG reads badly on slides). */
export async function chartImageFile(canvas: HTMLCanvasElement, name: string): Promise<ExportFile> {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the chart into an image');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  context.drawImage(canvas, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => copy.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('this browser could not turn the chart into an image');
  return { name: `${name}.png`, type: 'image/png', content: blob };
}

/** Give the file to the browser as a download; makes no request anywhere. */
export function download(file: ExportFile): void {
  const blob = typeof file.content === 'string' ? new Blob([file.content], { type: file.type }) : file.content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
