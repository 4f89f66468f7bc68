// @ts-check
// Word lists the generator combines into conference names, talk titles, speakers and tags.
// Made up for the benchmark; nothing here is published.

/** Conference series; each runs once a year in the synthetic content. */
export const conferenceSeries = [
  'Synthetic SRE Summit',
  'Pager Days',
  'Latency Forum',
  'Toil Camp',
  'Error Budget Conf',
  'Observability Week',
  'Incident Review Days',
  'Capacity Con',
];

/** Regions a series runs in. */
export const regions = ['EMEA', 'Americas', 'APAC'];

/** Cities, with the IANA time zone their program times are in. */
export const venues = [
  { city: 'Lisbon', timeZone: 'Europe/Lisbon' },
  { city: 'Denver', timeZone: 'America/Denver' },
  { city: 'Singapore', timeZone: 'Asia/Singapore' },
  { city: 'Berlin', timeZone: 'Europe/Berlin' },
  { city: 'Toronto', timeZone: 'America/Toronto' },
];

/** Title openings ("Scaling …") and subjects ("… the alert pipeline"). */
export const titleVerbs = [
  'Scaling',
  'Debugging',
  'Taming',
  'Measuring',
  'Rethinking',
  'Automating',
  'Securing',
  'Migrating',
  'Load testing',
  'Paging less for',
];
export const titleSubjects = [
  'the alert pipeline',
  'multi-region databases',
  'service meshes',
  'error budgets',
  'queue backlogs',
  'DNS at the edge',
  'Kubernetes upgrades',
  'feature flags',
  'the on-call rotation',
  'tail latency',
  'log ingestion',
  'batch schedulers',
  'TLS certificates',
  'canary releases',
  'cost dashboards',
];
export const titleEndings = [
  '',
  ' in production',
  ' without downtime',
  ': lessons from a year',
  ' at scale',
  ': a field report',
];

/** Tags, kebab-case; a few are common on purpose so some tag pages get long. */
export const tags = [
  'slo',
  'alerting',
  'observability',
  'kubernetes',
  'incident-response',
  'capacity-planning',
  'databases',
  'networking',
  'security',
  'on-call',
  'chaos-engineering',
  'cost',
  'ci-cd',
  'tracing',
  'logging',
  'dns',
  'tls',
  'storage',
  'queues',
  'load-testing',
  'postmortems',
  'automation',
  'edge',
  'machine-learning',
];

export const firstNames = [
  'Ada',
  'Bo',
  'Chidi',
  'Dana',
  'Emre',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kemal',
  'Lina',
  'Mateo',
  'Noor',
  'Oskar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tariq',
];
export const lastNames = [
  'Abara',
  'Berg',
  'Costa',
  'Dlamini',
  'Eriksen',
  'Fujita',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
];
export const affiliations = ['Example Cloud', 'Sample Bank', 'Demo Telecom', 'Placeholder Games', 'Mock Retail'];

/** Lines a note-taker might jot down; notes pages are a few of them as a bullet list. */
export const noteLines = [
  'Alert on symptoms users feel, not on every cause',
  'They cut paging volume by half in a quarter -> fewer, better alerts',
  'Runbooks live next to the alert definition',
  'Question from the audience: how do you test failover? -> game days every month',
  'p99 matters more than the mean for this service',
  'Slides: not yet published',
  'Capacity model is a spreadsheet, reviewed each sprint',
  'Rollbacks must be faster than roll-forwards',
  'TODO: read the paper they mentioned',
  'Queue depth was the leading indicator, CPU lagged',
];
