import type { HookId } from './hooks';

/** The eBPF-based projects named as background (not as what the keynote said). */
export type Project = 'bpftrace' | 'BCC' | 'Cilium' | 'Tetragon' | 'Falco' | 'Parca' | 'Pixie';

export interface Question {
  id: string;
  /** The question as an SRE would ask it. */
  text: string;
  hook: HookId;
  /** A runnable command: a bpftrace one-liner, or bpftool where bpftrace cannot attach. */
  command: string;
  /** What the command does, in one sentence. */
  commandNote: string;
  projects: readonly Project[];
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'syscalls',
    text: 'Which processes make the most system calls?',
    hook: 'tracepoint',
    command: "bpftrace -e 'tracepoint:raw_syscalls:sys_enter { @[comm] = count(); }'",
    commandNote: 'Counts system calls per process name in a kernel map; prints the map on Ctrl-C.',
    projects: ['bpftrace', 'BCC', 'Falco'],
  },
  {
    id: 'opens',
    text: 'Which files is this service opening?',
    hook: 'tracepoint',
    command: 'bpftrace -e \'tracepoint:syscalls:sys_enter_openat { printf("%s %s\\n", comm, str(args.filename)); }\'',
    commandNote: 'Prints the process name and path of every openat() call as it happens.',
    projects: ['bpftrace', 'BCC'],
  },
  {
    id: 'kernel-latency',
    text: 'How long does a kernel function such as vfs_read take?',
    hook: 'kprobe',
    command:
      "bpftrace -e 'kprobe:vfs_read { @start[tid] = nsecs; } kretprobe:vfs_read /@start[tid]/ { @usecs = hist((nsecs - @start[tid]) / 1000); delete(@start[tid]); }'",
    commandNote: 'Times each vfs_read() per thread and keeps a log2 histogram of microseconds in the kernel.',
    projects: ['bpftrace', 'BCC'],
  },
  {
    id: 'app-function',
    text: 'What is my application doing inside a library or binary?',
    hook: 'uprobe',
    command: 'bpftrace -e \'uretprobe:/bin/bash:readline { printf("%s\\n", str(retval)); }\'',
    commandNote: 'Prints every line read by bash’s readline() function, from its return value.',
    projects: ['bpftrace', 'BCC', 'Pixie'],
  },
  {
    id: 'flood',
    text: 'Can we drop a flood of bad packets before they reach the network stack?',
    hook: 'xdp',
    command: 'bpftool net show',
    commandNote:
      'bpftrace cannot attach XDP programs (they are written in C, e.g. with libbpf); this lists the XDP and tc programs attached to interfaces.',
    projects: ['Cilium'],
  },
  {
    id: 'pod-traffic',
    text: 'How do we enforce network policy and see traffic between pods?',
    hook: 'tc',
    command: 'bpftool net show',
    commandNote: 'Lists the tc and XDP programs attached to each interface (for example those a CNI loaded).',
    projects: ['Cilium'],
  },
  {
    id: 'block',
    text: 'Can we block or audit a risky action, such as a container running a shell?',
    hook: 'lsm',
    command:
      'bpftrace -e \'tracepoint:syscalls:sys_enter_execve { printf("%s -> %s\\n", comm, str(args.filename)); }\'',
    commandNote:
      'Observing first: prints who executes what. Enforcing needs an LSM program (e.g. through Tetragon), not a one-liner.',
    projects: ['Tetragon', 'Falco'],
  },
  {
    id: 'cpu',
    text: 'Where is the CPU time going?',
    hook: 'perf',
    command: "bpftrace -e 'profile:hz:99 { @[kstack] = count(); }'",
    commandNote: 'Samples kernel stacks 99 times a second on every CPU and counts them in a map (flame-graph input).',
    projects: ['Parca', 'Pixie', 'BCC', 'bpftrace'],
  },
];

/** Question ids, for the URL state. */
export const QUESTION_IDS = QUESTIONS.map((q) => q.id);

/** The question with this id (the first one for unknown ids). */
export function questionById(id: string): Question {
  return QUESTIONS.find((q) => q.id === id) ?? (QUESTIONS[0] as Question);
}

/** One line on what each project does with eBPF (general background). */
export const PROJECT_NOTES: Record<Project, string> = {
  bpftrace: 'a high-level tracing language for one-liners and short scripts',
  BCC: 'a toolkit of ready-made tracing tools and a Python/C library',
  Cilium: 'Kubernetes networking, load balancing and network policy',
  Tetragon: 'security observability and runtime enforcement',
  Falco: 'runtime threat detection from system calls',
  Parca: 'continuous profiling',
  Pixie: 'Kubernetes observability with automatic protocol tracing',
};
