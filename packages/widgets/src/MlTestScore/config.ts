/**
 * The ML Test Score rubric (Breck et al., IEEE Big Data 2017): four sections of seven tests.
 * Test wording is our own short paraphrase of each test's topic, not the paper's text.
 */

/** How a test is done: not at all, manually with shared results (0.5), or automated and repeated (1). */
export type TestLevel = 'none' | 'manual' | 'automated';

/** Points per level in the 2017 scoring. */
export const LEVEL_POINTS: Readonly<Record<TestLevel, number>> = { none: 0, manual: 0.5, automated: 1 };

/** Level names shown in the pickers, in order. */
export const LEVELS: readonly TestLevel[] = ['none', 'manual', 'automated'];

export const LEVEL_LABELS: Readonly<Record<TestLevel, string>> = {
  none: 'Not done (0)',
  manual: 'Manual, results shared (0.5)',
  automated: 'Automated, repeated (1)',
};

export interface RubricSection {
  id: 'data' | 'model' | 'infra' | 'monitoring';
  title: string;
  tests: readonly string[];
}

export const SECTIONS: readonly RubricSection[] = [
  {
    id: 'data',
    title: 'Features and data',
    tests: [
      'What each feature should look like is written down in a schema',
      'Every feature earns its place (it helps the model)',
      'No feature costs more than it is worth',
      'Features follow the project-wide rules on what may be used',
      'The data pipeline has privacy controls',
      'A new feature can be added quickly',
      'All code that computes input features is tested',
    ],
  },
  {
    id: 'model',
    title: 'Model development',
    tests: [
      'Every model spec is reviewed and checked in',
      'Offline metrics and online impact are known to move together',
      'All hyperparameters have been tuned',
      'How fast the model goes stale is known',
      'A simpler model has been tried and is not better',
      'Quality is good enough on the important slices of the data',
      'The model has been checked for inclusion and fairness concerns',
    ],
  },
  {
    id: 'infra',
    title: 'ML infrastructure',
    tests: [
      'Training is reproducible',
      'Model specs have unit tests',
      'The whole ML pipeline has an integration test',
      'Model quality is checked before the model serves',
      'A single example can be traced step by step through the model',
      'Models go through a canary before full serving',
      'A serving model can be rolled back',
    ],
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    tests: [
      'A change in a dependency sends a notification',
      'Data invariants hold for training and serving inputs',
      'Training and serving compute the same feature values',
      'Models are not too stale',
      'The model is numerically stable',
      'No sharp or slow-leak regression in training speed, serving latency, throughput or RAM',
      'No regression in prediction quality on served data',
    ],
  },
];

/** Number of tests in the rubric (4 × 7). */
export const TEST_COUNT = 28;

/** Interpretation of the final score (2017, Table V), by upper bound (inclusive). */
export const BANDS: readonly { upTo: number; label: string }[] = [
  { upTo: 0, label: 'More a research project than a production system' },
  { upTo: 1, label: 'Possibly serious holes in reliability' },
  { upTo: 2, label: 'A first pass at productionisation, with more to do' },
  { upTo: 3, label: 'Reasonably tested; more automation would help' },
  { upTo: 5, label: 'Strong automated testing and monitoring, fit for mission-critical use' },
  { upTo: Number.POSITIVE_INFINITY, label: 'Exceptional' },
];
