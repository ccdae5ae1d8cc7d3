/**
 * Where the whole records of a piece of delimited text end, so that a file read in chunks is
 * parsed a run of whole records at a time: a record ends at a line end outside quotes. The
 * fields are followed exactly as d3-dsv's parser reads them: a quote opens a quoted field only at
 * the field's start, `""` inside one is a quote, and the one character after the closing quote
 * ends the field whatever it is (a line end then ends the record). Only a line feed is taken as a
 * place to cut (a carriage return may be followed by its line feed in the next chunk). With runs
 * of spaces as the delimiter quotes mean nothing and every line is a record. Indices are UTF-16
 * code units of the text.
 */
import type { Delimiter } from './columns.ts';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * The index just past the last line feed of `text` that ends a record, or 0 when none does (the
 * text holds part of one record). `text` must start where a record starts.
 */
export function lastRecordEnd(text: string, delimiter: Delimiter): number {
  if (delimiter === 'spaces' || !text.includes('"')) return text.lastIndexOf('\n') + 1;
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let end = 0;
  let at = 0;
  // Each pass reads one field, from its first character.
  while (at < length) {
    let code: number;
    if (text.charCodeAt(at) === QUOTE) {
      // A quoted field: to the closing quote, past doubled quotes. A quote that is the text's last
      // character may be the first of a doubled pair: what follows is not known yet.
      for (at++; ; at++) {
        if (at >= length - 1) return end;
        if (text.charCodeAt(at) !== QUOTE) continue;
        if (text.charCodeAt(at + 1) !== QUOTE) break;
        at++;
      }
      // The closing quote, then the one character that ends the field.
      code = text.charCodeAt(at + 1);
      at += 2;
    } else {
      do code = text.charCodeAt(at++);
      while (at < length && code !== separator && code !== NEWLINE && code !== RETURN);
      if (code !== separator && code !== NEWLINE && code !== RETURN) return end;
    }
    if (code === RETURN && at < length && text.charCodeAt(at) === NEWLINE) code = text.charCodeAt(at++);
    if (code === NEWLINE) end = at;
  }
  return end;
}
