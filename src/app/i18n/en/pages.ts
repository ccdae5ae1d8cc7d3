/** English messages of the home page and the model documentation page, and each view's title. */
export const pages = {
  'page.home.title': 'Retention Lab',
  'page.sandbox.title': 'Sandbox · Retention Lab',
  'page.experiment.title': 'Experiments · Retention Lab',
  'page.model.title': 'The model · Retention Lab',
  'page.data.title': 'Your customers · Retention Lab',
  'page.scenario.title': 'Scenario · Retention Lab',
  'page.lesson.title': 'Lesson plan · Retention Lab',
  'page.sandbox.heading': 'Sandbox',

  'home.heading': 'See what keeping a customer is worth',
  'home.intro':
    'Retention Lab simulates one company’s market week by week: thousands of people who buy, complain, recommend, are lured away by a rival and sometimes come back. Choose the policies — a discount card or a bonus bank, a customer club, promises kept or broken — and watch customers, retention and profit follow.',
  'home.privacy': 'Everything runs in your browser: no server, no account, no tracking.',
  'home.sandbox.title': 'Sandbox',
  'home.sandbox.text':
    'Set the market and the policies, run three years in a moment, and see customers, retention and profit week by week.',
  'home.sandbox.action': 'Open the sandbox',
  'home.experiment.title': 'Experiments',
  'home.experiment.text':
    'Sweep one or two parameters over a range and many seeds, and see on a map where a policy pays and where it stops paying.',
  'home.experiment.action': 'Build an experiment',
  'home.model.title': 'The model',
  'home.model.text':
    'How the simulation works: every mechanism, formula and default, and where its numbers come from.',
  'home.model.action': 'Read the documentation',

  'model.contents': 'Contents',
  'model.table': 'Table: {section}',
} as const;
