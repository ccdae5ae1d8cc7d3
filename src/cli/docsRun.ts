/**
 * What `npm run docs` does to the text of content/model.md, without touching the disk: regenerate
 * the parameter reference, or (with --check) only say whether it is current. The script docs.ts
 * reads and writes the file around this pure function, which the tests call directly.
 */
import { generatedPart, withGeneratedPart } from './docMarkers.ts';
import { paramTablesMarkdown } from './paramTables.ts';

export const DOC_NAME = 'content/model.md';

export interface DocsOutcome {
  /** The process's exit status: 0 when current or updated, 1 when --check finds it out of date. */
  exitCode: number;
  /** One line for the user. */
  message: string;
  /** The new text of the file, when it must be written. */
  updated?: string;
}

/** `name`: the file's path for the messages (content/model.md, or a translation's). */
export function runDocs(doc: string, check: boolean, tables: string = paramTablesMarkdown(), name = DOC_NAME): DocsOutcome {
  if (generatedPart(doc) === tables.trim()) {
    return { exitCode: 0, message: `${name}: the parameter reference is up to date` };
  }
  if (check) {
    return {
      exitCode: 1,
      message: `${name}: the parameter reference differs from the schema; run \`npm run docs\` to update it`,
    };
  }
  return {
    exitCode: 0,
    message: `${name}: the parameter reference was regenerated from the schema`,
    updated: withGeneratedPart(doc, tables),
  };
}
