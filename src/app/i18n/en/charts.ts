/** English messages of the charts: titles, axes, legends, summaries and data tables. */
export const charts = {
  'chart.profit.title': 'Profit',
  'chart.profit.weekly': 'Weekly profit',
  'chart.profit.cumulative': 'Cumulative profit',
  'chart.profit.weeklyAxis': 'weekly profit ($)',
  'chart.profit.cumulativeAxis': 'cumulative profit ($)',
  'chart.profit.alt': 'Line chart of weekly and cumulative profit in dollars over {weeks} weeks; cumulative profit ends at {total}.',
  'chart.states.title': 'The market by state',
  'chart.states.customers': 'Customers',
  'chart.states.lapsed': 'Lapsed',
  'chart.states.prospects': 'Prospects',
  'chart.states.axis': 'people',
  'chart.states.alt': 'Stacked area chart of customers, lapsed former customers and prospects over {weeks} weeks; {customers} customers at the end.',
  'chart.weekAxis': 'week',
} as const;
