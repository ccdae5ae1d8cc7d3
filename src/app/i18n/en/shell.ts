/** English messages of the app's frame, the run's status and the headline numbers. */
export const shell = {
  'app.locale': 'en-US',
  'app.title': 'Retention Lab',
  'app.description':
    'A simulated market of people who buy, stay and leave, week by week, to show what keeping a customer is worth.',

  'run.config': '{people} people · {weeks} weeks · seed {seed} · model {model}',
  'run.progress': 'Simulating week {week} of {weeks}…',
  'run.progressLabel': 'Simulation progress',
  'run.starting': 'Starting the simulation…',
  'run.timing.one': 'Computed in {seconds} s in one worker',
  'run.timing.many': 'Computed in {seconds} s across {workers} workers',
  'run.errorTitle': 'The simulation could not run',
  'run.retry': 'Try again',
  'run.ignored': 'Ignored in the address: {what}',
  'url.workers': '“workers={value}” (must be a whole number from {min} to {max}; using {used})',

  'summary.heading': 'Results after {weeks} weeks',
  'metric.customers': 'Customers',
  'metric.customers.help': 'Customers at the end of the run',
  'metric.cumulativeProfit': 'Cumulative profit',
  'metric.cumulativeProfit.help': 'Profit summed over every week of the run',
  'metric.retentionAnnual': 'Annual retention',
  'metric.retentionAnnual.help': 'Share of customers kept over the last 52 weeks',
  'metric.costPerCustomerWon': 'Cost per customer won',
  'metric.costPerCustomerWon.help': 'Marketing spent per customer it won, new or won back',
  'metric.valuePerCustomer': 'Value per customer',
  'metric.valuePerCustomer.help': 'What one customer is worth: yearly margin over the expected lifetime',

} as const;
