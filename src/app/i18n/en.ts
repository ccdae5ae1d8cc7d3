/**
 * The English message catalogue: every string the interface shows, keyed by a flat name. A
 * translation is a catalogue with the same keys. `{name}` marks a value filled in at run time.
 * The catalogue is kept in one file per area of the interface and merged here.
 */
import { charts } from './en/charts.ts';
import { check } from './en/check.ts';
import { data } from './en/data.ts';
import { lesson } from './en/lesson.ts';
import { experiment } from './en/experiment.ts';
import { exportMessages } from './en/export.ts';
import { pages } from './en/pages.ts';
import { population } from './en/population.ts';
import { saved } from './en/saved.ts';
import { sandbox } from './en/sandbox.ts';
import { scenario } from './en/scenario.ts';
import { shell } from './en/shell.ts';

export const en = { ...shell, ...pages, ...sandbox, ...charts, ...population, ...exportMessages, ...saved, ...scenario, ...experiment, ...data, ...check, ...lesson } as const;

export type MessageKey = keyof typeof en;
