/**
 * Exporting a run's every purchase (`--format transactions`) at any size: the CSV is written in
 * chunks of whole lines that make the same text as the whole, so a log of millions of purchases
 * never has to be one string; and a log that would pass its limit stops the run with a sentence
 * saying what to do, not an out-of-memory crash.
 */
import { describe, expect, it } from 'vitest';
import { transactionsCsvChunks } from '../../src/sim/metrics/transactionsCsv.ts';
import { TransactionLog } from '../../src/sim/model/transactionLog.ts';
import { defaultParams } from '../../src/sim/params/schema.ts';
import { simulate } from '../../src/sim/run/simulate.ts';

describe('the transaction export', () => {
  const table = simulate({ seed: 2, weeks: 52, people: 2000, params: defaultParams(), transactions: true }).transactions;
  if (!table) throw new Error('the run kept no transaction log');

  it('comes in chunks of whole lines, header first, that join into the whole CSV', () => {
    const rows = table.person.length;
    expect(rows).toBeGreaterThan(1000);
    const chunks = Array.from(transactionsCsvChunks(table, 250));
    expect(chunks).toHaveLength(1 + Math.ceil(rows / 250));
    expect(chunks[0]).toBe('person,week,day,time,amount\n');
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    for (const chunk of chunks.slice(1, -1)) expect(chunk.split('\n')).toHaveLength(251);
    // Any chunk size gives the same text, a line a purchase in the table's order.
    const text = chunks.join('');
    expect(Array.from(transactionsCsvChunks(table)).join('')).toBe(text);
    const lines = text.trim().split('\n').slice(1);
    expect(lines).toHaveLength(rows);
    for (const row of [0, 1, Math.floor(rows / 2), rows - 1]) {
      const [person, week] = lines[row].split(',');
      expect(person.split('-')[0]).toBe(String(table.person[row]));
      expect(week).toBe(String(table.week[row]));
    }
  });

  it('stops with a sentence saying why and what to do when the log would pass its limit', () => {
    const log = new TransactionLog(true, 10);
    for (let week = 0; week < 3; week++) log.record(7, 0, week, 12345 + week, 3, 3, 900);
    expect(() => log.record(7, 0, 3, 999, 2, 2, 600)).toThrow(
      'the transaction log would pass 10 purchases (in week 4); export fewer people or weeks, as its size grows with people × weeks × purchases a week',
    );
    const kept = log.sorted(7, 1);
    expect(Array.from(kept.person)).toEqual(Array(9).fill(7));
  });
});
