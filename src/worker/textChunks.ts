/**
 * A file's text as it is read, chunk by chunk: the browser's stream of the file's bytes decoded
 * as UTF-8 as they come (a character split between two chunks is kept whole), and after each
 * chunk the share of the file's bytes read so far, from 0 to 1. The chunks are pulled by whoever
 * reads them, so the share also says how far the reading has got. Where a browser's File has no
 * stream, the file is read at once and its progress said at the end; a text (the demo shop's)
 * comes as one chunk.
 */

/** Tell the share read at most this often (a message a chunk would be hundreds for a large file). */
const PROGRESS_STEP = 0.02;

/** What of a File is read: its size, and its bytes as a stream (or at once). */
export type ReadableFile = Pick<Blob, 'size' | 'text'> & { stream?: () => ReadableStream<Uint8Array> };

export async function* textChunks(source: ReadableFile | string, onProgress: (share: number) => void): AsyncGenerator<string> {
  if (typeof source === 'string' || typeof source.stream !== 'function') {
    yield typeof source === 'string' ? source : await source.text();
    onProgress(1);
    return;
  }
  const reader = source.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let read = 0;
  let told = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        break;
      }
      const text = decoder.decode(value, { stream: true });
      if (text !== '') yield text;
      read += value.byteLength;
      const share = source.size > 0 ? read / source.size : 1;
      if (share - told >= PROGRESS_STEP) {
        told = share;
        onProgress(share);
      }
    }
    const last = decoder.decode();
    if (last !== '') yield last;
    onProgress(1);
  } finally {
    // A reader that stopped early lets the file go.
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}
