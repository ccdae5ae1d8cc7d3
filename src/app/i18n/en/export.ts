/** English messages of the exports: the export menu, a chart's image button and the printed report's header. */
export const exportMessages = {
  'export.heading': 'Export',
  'export.csv': 'Download the numbers (CSV)',
  'export.json': 'Save the set-up (JSON)',
  'export.print': 'Print a report',
  'export.image': 'Save as image',
  'export.failed': 'Could not save the file: {message}',

  'export.report.title': 'Retention Lab: a sandbox report',
  'export.report.model': 'Model version',
  'export.report.seed': 'Seed',
  'export.report.weeks': 'Weeks',
  'export.report.people': 'People',
  'export.report.params': 'Parameters',
  'export.report.paramsOf': 'Parameters of {side}',
  'export.report.defaults': 'All parameters at their defaults.',
  'export.report.changed': 'Changed from the defaults (every other parameter is at its default):',
  'export.report.on': 'on',
  'export.report.off': 'off',
} as const;
