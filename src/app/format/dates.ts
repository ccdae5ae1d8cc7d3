/** How a moment reads on screen: "24 Nov 2026, 10:30" in the catalogue's locale and the reader's time zone. */
import { locale } from '../i18n/t.ts';

let format: Intl.DateTimeFormat | undefined;

/** An ISO 8601 time as a date and time for reading; text that is not a time is shown as it is. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  format ??= new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  return format.format(time);
}
