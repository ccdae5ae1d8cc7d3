/** How a moment reads on screen: "24 Nov 2026, 10:30" in the locale of the language on screen and the reader's time zone. */
import { locale } from '../i18n/t.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO 8601 time as a date and time for reading; text that is not a time is shown as it is. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const tag = locale();
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(tag, format);
  }
  return format.format(time);
}
