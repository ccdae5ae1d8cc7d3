/**
 * A file read as text in chunks, with its progress: the browser's stream of the file's bytes
 * decoded as UTF-8 as they come (a character split between two chunks is kept whole), and after
 * each chunk the share of the file's bytes read so far, from 0 to 1. Where a browser's File has no
 * stream, the file is read at once and its progress said at the end.
 */

/** Tell the share read at most this often (a message a chunk would be hundreds for a large file). */
const PROGRESS_STEP = 0.02;

/** What of a File is read: its size, and its bytes as a stream (or at once). */
export type ReadableFile = Pick<Blob, 'size' | 'text'> & { stream?: () => ReadableStream<Uint8Array> };

export async function readInChunks(file: ReadableFile, onProgress: (share: number) => void): Promise<string> {
  if (typeof file.stream !== 'function') {
    const text = await file.text();
    onProgress(1);
    return text;
  }
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let read = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    read += value.byteLength;
    const share = file.size > 0 ? read / file.size : 1;
    if (share - told >= PROGRESS_STEP) {
      told = share;
      onProgress(share);
    }
  }
  parts.push(decoder.decode());
  onProgress(1);
  return parts.join('');
}
