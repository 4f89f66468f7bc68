/**
 * Deterministic test data that Python can reproduce bit for bit (no Math.random, no sin hashes):
 * MINSTD uniforms u = s/(2^31 − 1), s ← 48271·s mod (2^31 − 1) — every product < 2^53, so JS
 * numbers are exact — turned into Irwin–Hall "normals" z = 2(u₁ + u₂ + u₃ − 1.5), optionally
 * shifted and rounded to a grid (heavy ties). Python twin (used for the scipy reference values):
 *
 *   def minstd(seed, k):
 *       s = seed; out = []
 *       for _ in range(k):
 *           s = (48271 * s) % 2147483647; out.append(s / 2147483647)
 *       return out
 *   def seeded(seed, n, shift=0.0, grid=0):
 *       u = minstd(seed, 3 * n)
 *       z = [2 * (u[3*i] + u[3*i+1] + u[3*i+2] - 1.5) + shift for i in range(n)]
 *       return [math.floor(v * grid) / grid for v in z] if grid else z
 */
export function seeded(seed: number, n: number, shift = 0, grid = 0): number[] {
  let s = seed;
  const u: number[] = [];
  for (let k = 0; k < 3 * n; k++) {
    s = (48271 * s) % 2147483647;
    u.push(s / 2147483647);
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = 2 * ((u[3 * i] as number) + (u[3 * i + 1] as number) + (u[3 * i + 2] as number) - 1.5) + shift;
    out.push(grid ? Math.floor(z * grid) / grid : z);
  }
  return out;
}

/** The deterministic sequence of docs/stats-conventions.md#tolerances-against-scipy: seq(n, mult, mod, scale, off)[i] = ((i·mult) mod mod)/scale + off. */
export function seq(n: number, mult: number, mod: number, scale: number, off = 0): number[] {
  return Array.from({ length: n }, (_, i) => ((i * mult) % mod) / scale + off);
}
