/** Inputs of the "why aggregate in the kernel" calculator (units in the names). */
export interface AggregationInput {
  /** Events per second on the machine. */
  rate: number;
  /** Bytes copied to user space per exported event. */
  eventBytes: number;
  /** CPU nanoseconds per exported event (kernel write + user-space read and handling). */
  copyNs: number;
  /** CPU nanoseconds per event when the program only updates a map entry. */
  countNs: number;
  /** Distinct keys in the map (e.g. PIDs, or buckets of a histogram). */
  keys: number;
  /** Bytes per map entry read by user space (key + value). */
  entryBytes: number;
  /** Seconds between user-space reads of the map. */
  interval: number;
  /** CPU cores of the machine. */
  cores: number;
}

/** Cost of one strategy. */
export interface StrategyCost {
  /** Bytes per second crossing from kernel to user space. */
  bytesPerSecond: number;
  /** CPU-seconds spent per second (= cores kept busy). */
  coresBusy: number;
  /** Share of the machine's CPU time, 0–1 (may exceed 1: the machine could not keep up). */
  cpuShare: number;
}

export interface AggregationResult {
  exportEvery: StrategyCost;
  countInKernel: StrategyCost;
  /** How many times fewer bytes the in-kernel map ships (exportEvery / countInKernel). */
  bytesFactor: number;
  /** exportEvery / countInKernel CPU; Infinity when the map costs 0 (see `compareCost` for words). */
  cpuFactor: number;
}

/**
 * Compares exporting every event to user space with counting in a kernel map that user space
 * reads every `interval` seconds (each read copies all entries, costed like exported events).
 * Pure arithmetic on the user's inputs; no benchmark figures are built in.
 */
export function aggregationCost(input: AggregationInput): AggregationResult {
  const exportBytes = input.rate * input.eventBytes;
  const exportCores = (input.rate * input.copyNs) / 1e9;
  const readsPerSecond = input.keys / input.interval;
  const mapBytes = readsPerSecond * input.entryBytes;
  const mapCores = (input.rate * input.countNs + readsPerSecond * input.copyNs) / 1e9;
  const exportEvery = { bytesPerSecond: exportBytes, coresBusy: exportCores, cpuShare: exportCores / input.cores };
  const countInKernel = { bytesPerSecond: mapBytes, coresBusy: mapCores, cpuShare: mapCores / input.cores };
  return {
    exportEvery,
    countInKernel,
    bytesFactor: exportBytes / mapBytes,
    cpuFactor: mapCores > 0 ? exportCores / mapCores : Number.POSITIVE_INFINITY,
  };
}

/** 1234567 → "1.23 MB/s" (decimal units). */
export function formatRate(bytesPerSecond: number): string {
  if (!Number.isFinite(bytesPerSecond)) return '—';
  const units = ['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s'];
  let v = bytesPerSecond;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${Number(v.toPrecision(3)).toLocaleString('en-GB')} ${units[u]}`;
}
