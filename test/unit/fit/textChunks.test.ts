/**
 * A file read in the fitting worker as chunks of text: characters split between chunks kept
 * whole, its progress rising to 1 in steps a page can show, and a file that cannot be read
 * refused with the browser's reason.
 */
import { describe, expect, it } from 'vitest';
import { textChunks, type ReadableFile } from '../../../src/worker/textChunks.ts';

async function gathered(source: ReadableFile | string, told: number[]): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of textChunks(source, (share) => told.push(share))) chunks.push(chunk);
  return chunks;
}

/** A file whose stream gives its bytes in pieces of `size` bytes. */
function fileOf(bytes: Uint8Array, size: number): ReadableFile {
  return {
    size: bytes.length,
    text: () => Promise.reject(new Error('read as a stream')),
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.subarray(at, at + size));
          controller.close();
        },
      }),
  };
}

describe('textChunks', () => {
  it('reads a file of two-byte characters across many chunks, telling its progress up to 1', async () => {
    const text = `customer,day,amount\n${'é,1,2\n'.repeat(3_000)}`;
    // Chunks of 1,001 bytes: an odd size, so that many split an "é" (two bytes) in two.
    const told: number[] = [];
    const chunks = await gathered(fileOf(new TextEncoder().encode(text), 1001), told);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(text);
    expect(told.length).toBeGreaterThan(5);
    expect(told.at(-1)).toBe(1);
    told.forEach((share, index) => expect(share).toBeGreaterThanOrEqual(told[index - 1] ?? 0));
  });

  it('reads an empty file, and a text as one chunk', async () => {
    const told: number[] = [];
    expect((await gathered(new Blob([]), told)).join('')).toBe('');
    expect(told).toEqual([1]);
    expect(await gathered('a,b\n', [])).toEqual(['a,b\n']);
  });

  it('passes on the reason a file could not be read', async () => {
    const broken: ReadableFile = {
      size: 10,
      text: () => Promise.reject(new Error('never')),
      stream: () => new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('the file was moved')) }),
    };
    await expect(gathered(broken, [])).rejects.toThrow('the file was moved');
  });
});
