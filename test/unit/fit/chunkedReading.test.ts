/**
 * A file of transactions read as its text comes, in chunks cut anywhere (as the worker reads a
 * large file): record ends found only outside quotes, and every file, good or bad, read to exactly
 * what the whole text gives — rows, skipped lines and their reasons, refusals — however it is cut.
 * Then the whole path, chunks to fits, equal to fitting the text at once, for each kind of file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitChunks } from '../../../src/analysis/fitChunks.ts';
import { fitFile } from '../../../src/analysis/fitFile.ts';
import type { ModelId } from '../../../src/analysis/fit/fitModels.ts';
import { lastRecordEnd } from '../../../src/analysis/import/recordBoundary.ts';
import { TransactionReader } from '../../../src/analysis/import/transactionReader.ts';
import { previewOf, readTransactions, type ColumnChoice } from '../../../src/analysis/import/transactions.ts';
import { CDNOW_FOLDER } from '../../support/buyTillYouDie.ts';

/** `text` cut at the given places (any order, repeats allowed). */
function cutAt(text: string, places: readonly number[]): string[] {
  const cuts = [...new Set(places.map((place) => place % (text.length + 1)))].sort((left, right) => left - right);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  pieces.push(text.slice(from));
  return pieces;
}

function readInPieces(pieces: readonly string[], choice?: ColumnChoice) {
  const reader = new TransactionReader(choice);
  for (const piece of pieces) reader.push(piece);
  return reader.finish();
}

async function* chunksOf(pieces: readonly string[]): AsyncGenerator<string> {
  for (const piece of pieces) yield piece;
}

describe('where whole records end', () => {
  it('is after the last line end outside quotes', () => {
    expect(lastRecordEnd('a,1\nb,2\nc,', ',')).toBe(8);
    expect(lastRecordEnd('a,"x\ny",1\nb,"open\n', ',')).toBe(10);
    expect(lastRecordEnd('a,"say ""hi""\n",1\r\nb', ',')).toBe(19);
    expect(lastRecordEnd('"only part of\none', ',')).toBe(0);
    expect(lastRecordEnd('no line end yet', ',')).toBe(0);
  });

  it('takes a quote inside an unquoted field as a character, as d3-dsv does', () => {
    expect(lastRecordEnd('5" disk,1\nb,2\n', ',')).toBe(14);
    expect(lastRecordEnd('a;"x;\ny";1\nb', ';')).toBe(11);
  });

  it('ends a quoted field at the one character after its closing quote, whatever it is', () => {
    // d3-dsv reads "a"b,"two\nlines" as the fields a, "" and "two\nlines".
    expect(lastRecordEnd('"a"b,"two\nlines"\nc', ',')).toBe(17);
    expect(lastRecordEnd('"a"\r\n"b\nc"', ',')).toBe(5);
    expect(lastRecordEnd('"a""', ',')).toBe(0);
  });

  it('cuts any text where d3-dsv reads the two parts to the rows of the whole', () => {
    const text = fc.array(fc.constantFrom('a', ',', ';', '"', '\n', '\r'), { maxLength: 40 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<',' | ';'>(',', ';'), (whole, delimiter) => {
        const end = lastRecordEnd(whole, delimiter);
        if (end > 0) expect(whole[end - 1]).toBe('\n');
        const parse = dsvFormat(delimiter).parseRows;
        expect([...parse(whole.slice(0, end)), ...parse(whole.slice(end))]).toEqual(parse(whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('is every line end when runs of spaces divide the fields', () => {
    expect(lastRecordEnd('a "1\nb 2\nc', 'spaces')).toBe(9);
  });
});

/** Cells a file of transactions may hold: good ones and every kind of trouble. */
const cell = fc.constantFrom('17', 'c-1', '"c,2"', '"c ""3"""', '"two\nlines"', '"a"b', '"\r\n"', '5" disk', '\r', '2024-03-01', '2024-02-30', '01/02/2024', '12.50', '$7', '-3', 'x', '', ' ');
const row = fc.array(cell, { minLength: 0, maxLength: 4 }).map((cells) => cells.join(','));
const header = fc.constantFrom('customer,date,amount', 'id;day;value', 'date,customer_id,spend', '', '\uFEFFcustomer,date,amount');
const lineEnd = fc.constantFrom('\n', '\r\n');
const file = fc
  .tuple(header, fc.array(fc.tuple(row, lineEnd), { maxLength: 60 }), fc.boolean())
  .map(([head, rows, lastEnd]) => head + '\n' + rows.map(([text, end]) => text + end).join('') + (lastEnd ? '' : '2024-01-01'));

describe('a file read in chunks', () => {
  it('reads to exactly what its whole text gives, however it is cut', () => {
    fc.assert(
      fc.property(file, fc.array(fc.nat(), { maxLength: 12 }), (text, places) => {
        expect(readInPieces(cutAt(text, places))).toEqual(readTransactions(text));
      }),
      { numRuns: 400 },
    );
  });

  it('reads a file of many rows cut into chunks to the rows of the whole, with the layout decided after 200 rows', () => {
    const lines = ['Date,Customer,Amount'];
    for (let index = 0; index < 2_000; index++) lines.push(`2024-01-${String(1 + (index % 28)).padStart(2, '0')},"c${index % 300}",${index % 7 === 0 ? 'n/a' : index}`);
    const text = lines.join('\n');
    const pieces = cutAt(text, Array.from({ length: 50 }, (_, index) => index * 997));
    const whole = readTransactions(text);
    expect(whole.ok && whole.value.transactions.customer.length).toBe(2_000 - Math.ceil(2_000 / 7));
    expect(readInPieces(pieces)).toEqual(whole);
  });

  it('refuses a file whose later chunk holds a NUL byte', () => {
    expect(readInPieces(['customer,date\n1,2024-01-01\n', '2,2024-01\u00000-02\n'])).toEqual({ ok: false, error: expect.stringContaining('NUL') });
  });
});

describe('a file fitted from chunks', () => {
  const shop = `customer,date,amount\n${Array.from({ length: 400 }, (_, index) => `c${index % 60},2024-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 27)).padStart(2, '0')},${10 + (index % 9)}`).join('\n')}\n`;
  const summary = `id,frequency,recency,T\n${Array.from({ length: 80 }, (_, index) => `${index},${index % 5},${(index % 5) * 3},${20 + (index % 7)}`).join('\n')}\n`;
  const cohort = 'period,active\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n';

  it.each([
    ['transactions', shop],
    ['a customer summary', summary],
    ['a cohort table', cohort],
  ])('gives, for %s, the preview and the fits of its whole text', async (_, text) => {
    const pieces = cutAt(text, [3, 40, 41, 500, 1234, 2000]);
    // The fast models only: what is compared is the reading.
    const models: ModelId[] = text === cohort ? ['sbg'] : ['bgnbd', 'gg'];
    const chunked = await fitChunks(chunksOf(pieces), { models });
    expect(chunked.preview).toEqual(previewOf(text));
    expect(chunked.fit).toEqual(fitFile(text, { models }));
    expect(chunked.fit.ok).toBe(true);
  });

  it('says why a file cannot be fitted, with its preview', async () => {
    const chunked = await fitChunks(chunksOf(['customer,date\n', 'a,not a date\n']), {});
    expect(chunked.fit).toEqual({ ok: false, error: expect.stringContaining('no dates') });
    expect(chunked.preview.names).toEqual(['customer', 'date']);
  });

  it('says so when the rest of the file cannot be read', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield 'customer,date\n1,2024-01-01\n2,2024-01-02\n3,2024-01-03\n4,2024-01-04\n5,2024-01-05\n6,2024-01-06\n';
      throw new Error('the file was moved');
    }
    expect((await fitChunks(failing(), {})).fit).toEqual({ ok: false, error: 'the file was moved' });
  });

  const cdnowRaw = `${CDNOW_FOLDER}CDNOW_sample.txt`;
  it.skipIf(!existsSync(cdnowRaw))('fits CDNOW\'s raw purchases in 64 KB chunks to the same estimates as its whole text', async () => {
    const text = readFileSync(cdnowRaw, 'utf8');
    const options = { customer: 1, date: 3, amount: 5, calibrationEnd: '19970930', models: ['bgnbd', 'gg'] satisfies ModelId[] };
    const pieces = cutAt(text, Array.from({ length: Math.ceil(text.length / 65_536) }, (_, index) => index * 65_536));
    const chunked = await fitChunks(chunksOf(pieces), options);
    expect(chunked.fit).toEqual(fitFile(text, options));
  });
});
