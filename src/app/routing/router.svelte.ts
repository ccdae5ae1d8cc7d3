/**
 * The page's current route, kept in step with the address. Links inside the app change it with
 * `history.pushState`, so back and forward work, and the browser's back and forward change it
 * again through `popstate`. Links stay real `<a href>` elements: a plain click on one that only
 * changes the query is handled here; anything else (a new tab, a download, another page, a jump
 * to an anchor of the same page) is left to the browser. A new address's `lang=` switches the
 * language on screen (i18n/language.svelte.ts).
 */
import { language } from '../i18n/language.svelte.ts';
import { describeAddress } from './notes.ts';
import { parseRoute, sameRoute, type Route } from './route.ts';

export interface RouterOptions {
  /** Called after a link was followed inside the page (not after back or forward), with its hash. */
  onNavigated?: (hash: string) => void;
}

export class Router {
  route = $state.raw<Route>(parseRoute(window.location.search).route);
  /** What the current address asked for and routing ignored, as sentences. */
  notes = $state.raw<string[]>(describeAddress(window.location.search));

  /** The query string last read, so a jump to an anchor (same query) changes nothing. */
  private search = window.location.search;
  private readonly options: RouterOptions;

  constructor(options: RouterOptions = {}) {
    this.options = options;
  }

  /** Listens to back and forward and to clicks on links; returns the function that stops. */
  start(): () => void {
    const onPopState = () => this.read();
    const onClick = (event: MouseEvent) => this.follow(event);
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick);
    };
  }

  dismissNotes(): void {
    this.notes = [];
  }

  /** Reads the address (after back or forward, or a pushState of ours). */
  private read(): void {
    const search = window.location.search;
    if (search === this.search) return;
    this.search = search;
    language.follow(search);
    const parsed = parseRoute(search);
    if (!sameRoute(parsed.route, this.route)) this.route = parsed.route;
    this.notes = describeAddress(search);
  }

  /** Turns a plain click on a link to another route of this page into a pushState. */
  private follow(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const link = linkParts(anchor);
    if (!link) return;
    if ((link.target && link.target !== '_self') || link.anchor.hasAttribute('download')) return;
    const url = new URL(link.href, window.location.href);
    const here = window.location;
    if (url.origin !== here.origin || url.pathname !== here.pathname) return;
    const jump = link.anchor.getAttribute('href')?.includes('#') ?? false;
    if (url.search === here.search && jump) return; // an anchor of this page: the browser's job
    event.preventDefault();
    // A link to the route already shown only brings the reader back to its top, with no reload.
    if (url.search !== here.search) window.history.pushState(null, '', url.href);
    this.read();
    this.options.onNavigated?.(url.hash);
  }
}

/** The address and target of a link of HTML or of SVG (a chart's cell), or null for anything else. */
function linkParts(anchor: Element | null): { anchor: Element; href: string; target: string } | null {
  if (anchor instanceof HTMLAnchorElement) return { anchor, href: anchor.href, target: anchor.target };
  if (typeof SVGAElement !== 'undefined' && anchor instanceof SVGAElement) return { anchor, href: anchor.href.baseVal, target: anchor.target.baseVal };
  return null;
}
