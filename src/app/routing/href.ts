/**
 * The address of a route on this page, for an `href`: the page's own path (whatever sub-path or
 * file it was served from) and the route's query. A real address, so a link also opens in a new
 * tab or can be copied.
 */
import { withAddressLanguage } from '../i18n/addressLanguage.ts';
import { languageOnScreen } from '../i18n/t.ts';
import { formatRoute, type Route } from './route.ts';

export function hrefOf(route: Route): string {
  return hrefOfSearch(formatRoute(route));
}

/**
 * The address on this page of a query string ("?view=sandbox&…"), for an `href`, in the language
 * on screen (`lang=`, left out for English), so a link followed or copied keeps the language.
 */
export function hrefOfSearch(search: string): string {
  return `${window.location.pathname}${withAddressLanguage(search, languageOnScreen())}`;
}
