/**
 * Decimal numbers as a reader types and reads them in a field: in the language's own decimal
 * separator ("0,45" in Hungarian, Russian and Romanian; "0.45" in English), never grouped, with
 * every digit of the value kept. Typed text with the language's comma is read as a decimal point;
 * in English a comma is left alone (and refused), since "1,000" there means a thousand.
 */
import { locale } from './t.ts';

const separators = new Map<string, string>();

/** The decimal separator of the language on screen. */
export function decimalSeparator(): string {
  const tag = locale();
  let separator = separators.get(tag);
  if (separator === undefined) {
    separator = new Intl.NumberFormat(tag).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    separators.set(tag, separator);
  }
  return separator;
}

/** A value for a field: its shortest exact text with the language's decimal separator ("0,45"). */
export function shownDecimal(value: number | boolean | string): string {
  const text = String(value);
  return typeof value === 'number' ? text.replace('.', decimalSeparator()) : text;
}

/** Typed text as the core reads numbers: the language's decimal comma becomes a point ("0,45" → "0.45"). */
export function readDecimal(text: string): string {
  if (decimalSeparator() !== ',' || text.includes('.')) return text;
  return /^[^,]*,[^,]*$/.test(text) ? text.replace(',', '.') : text;
}
