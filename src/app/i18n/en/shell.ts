/**
 * English messages of the app's frame (header, navigation, notes about the address) and the
 * headline numbers.
 */
export const shell = {
  'app.locale': 'en-US',
  'app.title': 'Retention Lab',

  'nav.label': 'Main',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.sandbox': 'Sandbox',
  'nav.experiment': 'Experiments',
  'nav.data': 'Your customers',
  'nav.model': 'Model',
  'nav.brand': 'Retention Lab, home',

  'view.loading': 'Loading…',
  'view.loadFailed': 'This page could not be loaded. Check the connection and try again.',
  'view.retry': 'Try again',

  'notes.dismiss': 'Dismiss',
  'notes.dismissLabel': 'Dismiss the note about the address',

  'run.ignored': 'Ignored in the address: {what}',
  'url.view.unknown': '“view={value}” (there is no such page; showing the home page instead)',
  'url.view.repeated': '“view={value}” (the address names more than one page; showing the first)',
  'url.tooLong': 'everything after the first {kept} characters of a {length}-character address (too long to be a link of this app)',
  'url.repeated': '“{key}={value}” (given more than once; the first is used)',
  'url.unknown': '“{key}={value}” (not a setting of this app)',
  'url.invalid': '“{key}={value}” ({reason})',
  'url.reason.onOff': 'must be on or off',
  'url.reason.version': 'not a model version',
  'url.reason.whole': 'must be a whole number from {min} to {max}',
  'url.reason.chart': 'no chart has that name',
  'url.reason.noCompare': 'a setting of B, but compare mode is not on',
  'url.olderVersion': 'This link was made with model version {version}; this is version {current}, so its numbers may differ from those first seen.',
  'url.scenario.unknown': '“scenario={value}” (there is no such scenario; showing the home page instead)',
  'url.scenario.repeated': '“scenario={value}” (the address names more than one scenario; showing the first)',
  'url.step': '“step={value}” (must be a whole number from 1; starting at the story)',
  'url.print': '“print={value}” (must be “handout” or “teacher”; showing the scenario)',
  'url.scenarioSeed': '“seed={value}” (must be a whole number from 0 to 2147483647; using the scenario’s own)',
  'url.stepPast': '“step={value}” (this scenario has {steps} steps; showing the last)',
  'url.workers': '“workers={value}” (must be a whole number from {min} to {max}; using {used})',

  'metric.customers': 'Customers',
  'metric.customers.help': 'Customers at the end of the run',
  'metric.cumulativeProfit': 'Cumulative profit',
  'metric.cumulativeProfit.help': 'Profit summed over every week of the run',
  'metric.retentionAnnual': 'Annual retention',
  'metric.retentionAnnual.help': 'Share of customers kept over the last 52 weeks',
  'metric.costPerCustomerWon': 'Cost per customer won',
  'metric.costPerCustomerWon.help': 'Marketing spent per customer it won, new or won back',
  'metric.valuePerCustomer': 'Value per customer',
  'metric.valuePerCustomer.help': 'Yearly margin over the expected lifetime, at last year\'s retention (Gupta–Lehmann)',
} as const;
