// Timing helpers for the bench: medians of wall and CPU time, so a shared, busy machine can be
// read honestly (wall time there mostly measures the run queue; CPU time measures the work).

/** Median, minimum and CPU-time median of repeated runs, in milliseconds. */
export interface Timing {
  wallMedian: number;
  wallMin: number;
  cpuMedian: number;
}

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` once to warm up, then `reps` times, timing each run's wall clock and process CPU time. */
export function timeRuns(fn: () => unknown, reps: number): Timing {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMedian: median(wall), wallMin: Math.min(...wall), cpuMedian: median(cpu) };
}
