/**
 * A file read in the fitting worker: its text whole, characters split between chunks kept whole,
 * and its progress rising to 1 in steps a page can show.
 */
import { describe, expect, it } from 'vitest';
import { readInChunks } from '../../../src/worker/readInChunks.ts';

describe('readInChunks', () => {
  it('reads a file of two-byte characters across many chunks, telling its progress up to 1', async () => {
    const text = `customer,day,amount\n${'é,1,2\n'.repeat(3_000)}`;
    const bytes = new TextEncoder().encode(text);
    // Chunks of 1,001 bytes: an odd size, so that many split an "é" (two bytes) in two.
    const file = {
      size: bytes.length,
      text: () => Promise.resolve(text),
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 1001) controller.enqueue(bytes.subarray(at, at + 1001));
            controller.close();
          },
        }),
    };
    const told: number[] = [];
    expect(await readInChunks(file, (share) => told.push(share))).toBe(text);
    expect(told.length).toBeGreaterThan(5);
    expect(told.at(-1)).toBe(1);
    told.forEach((share, index) => expect(share).toBeGreaterThanOrEqual(told[index - 1] ?? 0));
  });

  it('reads an empty file', async () => {
    const told: number[] = [];
    expect(await readInChunks(new Blob([]), (share) => told.push(share))).toBe('');
    expect(told).toEqual([1]);
  });
});
