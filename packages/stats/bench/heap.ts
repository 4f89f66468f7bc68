// Peak memory of one driftReport on the 1e6 vs 1e6 pair, in a process of its own (run.ts starts
// it with --expose-gc). Linux lets a process reset its resident-set high-water mark (writing 5 to
// /proc/self/clear_refs), so VmHWM after the call minus VmRSS before it is the call's peak: JS
// heap, typed-array buffers and everything else. Prints one JSON line (peak null elsewhere).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng, driftReport, sampleNormal } from '../src/index.ts';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

/** A `Vm…` line of /proc/self/status in bytes, or null when there is no such file. */
function procStatusBytes(field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number.parseInt(line.slice(field.length + 1), 10) * 1024 : null;
  } catch {
    return null;
  }
}

/** Resets the peak-RSS mark; false where the system does not allow it. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const a = sampleNormal(createRng(1), 1_000_000);
const b = sampleNormal(createRng(2), 1_000_000, 0.01, 1);
driftReport(a.subarray(0, 1000), b.subarray(0, 1000), { ksMethod: 'asymp' });
gc?.();
const before = process.memoryUsage();
const rssBefore = procStatusBytes('VmRSS');
const canReset = resetPeak();
const report = driftReport(a, b, { ksMethod: 'asymp' });
const peak = procStatusBytes('VmHWM');
const after = process.memoryUsage();
const jsBytes = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
console.log(
  JSON.stringify({
    peakRssGrowthMb: canReset && peak !== null && rssBefore !== null ? (peak - rssBefore) / MB : null,
    heapAndBuffersGrowthMb: (jsBytes(after) - jsBytes(before)) / MB,
    overall: report.overall,
  }),
);
