/**
 * The SRE onboarding path: the Day 1 talks in the order a new SRE should read them, and what
 * each step lets them do. Times and demos are not written here: they come from each talk
 * page (see session/session-plan.ts), so they stay right when a page changes.
 */

/** One step of a learning path. */
export interface PathStep {
  /** Stable id, stored in localStorage progress; never reuse an id for a different step. */
  id: string;
  /** The talk's docs collection id, e.g. "srecon23-emea/reliability-enhancing-procedures". */
  talk: string;
  /** Why this step comes here. */
  why: string;
  /** What the reader can do after this step, as short imperative outcomes. */
  outcomes: readonly string[];
}

export interface LearningPath {
  id: string;
  title: string;
  description: string;
  steps: readonly PathStep[];
}

export const sreOnboarding: LearningPath = {
  id: 'sre-onboarding',
  title: 'SRE onboarding path',
  description:
    'The five SREcon23 EMEA Day 1 talks in the order a new SRE should read them, with the demos to try and what you can do after each step.',
  steps: [
    {
      id: 'rep',
      talk: 'srecon23-emea/reliability-enhancing-procedures',
      why: 'The vocabulary of the job comes first: SLIs, SLOs, error budgets and recovery objectives.',
      outcomes: [
        'Tell an SLI, an SLO and an SLA apart, with an example of each.',
        'Work out the error budget of an SLO and a burn-rate alert threshold.',
        'State an RPO and an RTO for a service and check them against its backups.',
      ],
    },
    {
      id: 'ml',
      talk: 'srecon23-emea/symptom-based-alerting-for-ml',
      why: 'Alerting on symptoms, not causes, applied to services that fail silently.',
      outcomes: [
        'Pick the symptom to page on for a service, ML or not.',
        'Explain what KS, d1 and PSI measure and why their thresholds depend on sample size.',
        'Name the silent-failure causes to check when an ML service looks healthy but is wrong.',
      ],
    },
    {
      id: 'ebpf',
      talk: 'srecon23-emea/ebpf-superpowers-for-sre',
      why: 'The tool you will meet when debugging production hosts without changing them.',
      outcomes: [
        'Say where an eBPF program can hook in and what it can see there.',
        'Explain why counting in a map is cheaper than exporting every event.',
        'Read and adapt a bpftrace one-liner.',
      ],
    },
    {
      id: 'quic',
      talk: 'srecon23-emea/quic-http3-mapping-vs-encapsulation',
      why: 'How the newest web transport works, before you have to operate it.',
      outcomes: [
        'Explain how HTTP/3 maps onto QUIC streams and why that avoids head-of-line blocking.',
        'Decode a QUIC stream ID.',
        'Say what GREASE protects against.',
      ],
    },
    {
      id: 'h3',
      talk: 'srecon23-emea/deploying-and-debugging-http3',
      why: 'Turning HTTP/3 on in production, and the tools to debug it.',
      outcomes: [
        'Read an Alt-Svc header and explain how clients discover HTTP/3.',
        'Explain the replay risk of 0-RTT and how to limit it.',
        'Open a qlog trace and follow a connection.',
      ],
    },
  ],
};
