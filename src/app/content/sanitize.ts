/**
 * Makes HTML from content safe to insert into the page: DOMPurify removes scripts, event
 * handlers, `javascript:` links and anything else that could run, keeping the document's
 * structure, ids, ARIA attributes and tabindex. Runs in the browser (DOMPurify needs a DOM).
 */
import DOMPurify from 'dompurify';

export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
