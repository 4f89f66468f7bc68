/**
 * eBPF hook types as general background (kernel and bpftrace documentation, ebpf.io), not as
 * what the keynote said. One-liners use current bpftrace syntax (`args.field`; releases before
 * 0.20 write `args->field`).
 */

export type HookId = 'kprobe' | 'tracepoint' | 'uprobe' | 'xdp' | 'tc' | 'lsm' | 'perf';

/** Layers of the stack, top (user space) to bottom (network driver). */
export const LAYERS = [
  'Application code',
  'Shared libraries',
  'System call boundary',
  'Kernel functions and subsystems',
  'Kernel network stack',
  'Network driver',
] as const;
export type Layer = (typeof LAYERS)[number];

export interface HookType {
  id: HookId;
  name: string;
  /** Where in the stack the program runs. */
  layer: Layer;
  /** What the program can read when it fires. */
  context: string;
  /** Whether it only observes or can also change what happens. */
  effect: string;
  /** A caveat an SRE should know. */
  caveat: string;
}

export const HOOKS: Record<HookId, HookType> = {
  kprobe: {
    id: 'kprobe',
    name: 'kprobe / kretprobe',
    layer: 'Kernel functions and subsystems',
    context:
      'The kernel function’s arguments (arg0, arg1, …) on entry; its return value (retval) on return; the current task (pid, comm).',
    effect: 'Observes.',
    caveat: 'Kernel functions are not a stable interface: names and arguments change between kernel versions.',
  },
  tracepoint: {
    id: 'tracepoint',
    name: 'tracepoint',
    layer: 'System call boundary',
    context: 'The named fields the kernel defines for that event (args.filename, args.ret, …) and the current task.',
    effect: 'Observes.',
    caveat: 'Stable across kernel versions, but only where the kernel defines a tracepoint.',
  },
  uprobe: {
    id: 'uprobe',
    name: 'uprobe / uretprobe, USDT',
    layer: 'Shared libraries',
    context:
      'A user-space function’s arguments and return value, read from the process’s memory; USDT probes expose arguments the developers chose.',
    effect: 'Observes.',
    caveat: 'Each hit traps into the kernel, so hot functions cost noticeably more than kernel probes.',
  },
  xdp: {
    id: 'xdp',
    name: 'XDP (eXpress Data Path)',
    layer: 'Network driver',
    context: 'The raw packet bytes in the driver, before the kernel allocates its socket buffer.',
    effect: 'Decides each packet’s fate: pass, drop, bounce back out, or redirect.',
    caveat: 'Ingress only; native mode needs driver support (a slower generic mode exists).',
  },
  tc: {
    id: 'tc',
    name: 'tc (traffic control) classifier',
    layer: 'Kernel network stack',
    context: 'The socket buffer with packet data and metadata, on ingress and egress of an interface.',
    effect: 'Can modify, redirect or drop packets in both directions.',
    caveat: 'Runs later than XDP, so it is costlier per packet but sees egress traffic too.',
  },
  lsm: {
    id: 'lsm',
    name: 'LSM (BPF Linux Security Module)',
    layer: 'Kernel functions and subsystems',
    context: 'The security hook’s arguments (e.g. the file, task or socket involved).',
    effect: 'Can deny the operation by returning an error.',
    caveat: 'Needs a kernel built with CONFIG_BPF_LSM and "bpf" in the lsm= boot parameter.',
  },
  perf: {
    id: 'perf',
    name: 'perf event (sampling)',
    layer: 'Kernel functions and subsystems',
    context:
      'Whatever was running on the CPU when the timer or hardware counter fired: kernel and user stacks, pid, comm.',
    effect: 'Observes.',
    caveat: 'A sample, not every event: rare code paths may not show up.',
  },
};
