/**
 * The app's routes, kept in the address's query string so that a link works on any static host
 * (no server has to know the app's paths): no `view` is the home page, `?view=sandbox` the
 * sandbox and `?view=model` the model's documentation. Parsing never fails: what the address asks
 * for and routing cannot give is returned as an ignored part, so the page can say so.
 */

export const VIEWS = ['home', 'sandbox', 'model'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
}

/** Why a part of the address was ignored: a view that does not exist, or a scenario (not yet). */
export type IgnoredPart =
  | { key: 'view'; value: string; reason: 'unknown' | 'repeated' }
  | { key: 'scenario'; value: string; reason: 'notYet' };

export interface ParsedRoute {
  route: Route;
  ignored: IgnoredPart[];
}

export const HOME: Route = { view: 'home' };

function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

/**
 * The route of a query string ("?view=model&…", with or without the "?"). View names are read
 * without regard to case or surrounding spaces, as people type them; an empty `view` is home.
 * Parameters that are not routing's (the sandbox's, `workers`) are left to their readers.
 */
export function parseRoute(search: string): ParsedRoute {
  const query = new URLSearchParams(search);
  const ignored: IgnoredPart[] = [];
  let view: View = 'home';
  query.getAll('view').forEach((asked, index) => {
    const name = asked.trim().toLowerCase();
    if (index > 0) ignored.push({ key: 'view', value: asked, reason: 'repeated' });
    else if (isView(name)) view = name;
    else if (name !== '') ignored.push({ key: 'view', value: asked, reason: 'unknown' });
  });
  // Scenarios arrive with the next issue; until then a scenario link opens the app with a note.
  for (const asked of query.getAll('scenario')) ignored.push({ key: 'scenario', value: asked, reason: 'notYet' });
  return { route: { view }, ignored };
}

/** The query string of a route: "" for home, "?view=model" for the others. */
export function formatRoute(route: Route): string {
  if (route.view === 'home') return '';
  return `?${new URLSearchParams({ view: route.view })}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.view === b.view;
}
