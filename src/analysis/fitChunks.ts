/**
 * A user's file fitted as its text comes, in chunks cut anywhere (the worker's stream of a File,
 * the CLI's read stream): a file of transactions is read chunk by chunk (TransactionReader), so
 * its rows are never held all at once; a customer summary or a cohort table, a row per customer
 * or per period, is gathered and read whole (fitFile). The first lines give the preview the
 * reader chooses columns from. Pure: chunks of text in, fits out.
 */
import { fitFile, fitTransactions, type FileFit, type FitOptions } from './fitFile.ts';
import { tableKind } from './import/tables.ts';
import { TransactionReader } from './import/transactionReader.ts';
import { previewOf, type FilePreview, type Read } from './import/transactions.ts';

/** Lines gathered before the file's kind and preview are read: the header and five rows. */
const HEAD_LINES = 6;

export interface ChunkedFit {
  preview: FilePreview;
  fit: Read<FileFit>;
}

const lineEnds = (text: string) => text.split('\n', HEAD_LINES + 1).length - 1;

export async function fitChunks(chunks: AsyncIterable<string>, options: FitOptions = {}): Promise<ChunkedFit> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  let ended = false;
  while (!ended && lineEnds(head) < HEAD_LINES) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else head += next.value;
  }
  const rest = async function* () {
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  const preview = previewOf(head);
  try {
    return { preview, fit: await fitOf(head, rest(), options) };
  } catch (error) {
    // The rest of the file could not be read (it was moved, or the browser refused it), or a fit failed.
    return { preview, fit: { ok: false, error: error instanceof Error ? error.message : String(error) } };
  }
}

/** The fits of a file whose first lines are `head` and whose other chunks are `rest`. */
async function fitOf(head: string, rest: AsyncIterable<string>, options: FitOptions): Promise<Read<FileFit>> {
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (tableKind(firstLine) !== 'transactions') {
    const parts = [head];
    for await (const chunk of rest) parts.push(chunk);
    return fitFile(parts.join(''), options);
  }
  const reader = new TransactionReader(options);
  reader.push(head);
  for await (const chunk of rest) reader.push(chunk);
  return fitTransactions(reader.finish(), options);
}
