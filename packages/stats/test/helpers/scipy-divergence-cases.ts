// scipy 1.17.1 / numpy 2.4.6 reference values for tvd, lInfinity, hellingerDistance and klDivergence
// (and the DKW half-widths at the end, plain Python math).
// The last pair is two histograms of seeded data (test/helpers/seeded-data.ts). Produced by:
/*
 * import json, math
 * import numpy as np
 * from scipy import stats, special
 * from scipy.spatial import distance
 * def minstd(seed, k):
 *     s = seed; out = []
 *     for _ in range(k):
 *         s = (48271 * s) % 2147483647; out.append(s / 2147483647)
 *     return out
 * def seeded(seed, n, shift=0.0, grid=0):
 *     u = minstd(seed, 3 * n)
 *     z = [2 * (u[3*i] + u[3*i+1] + u[3*i+2] - 1.5) + shift for i in range(n)]
 *     return [math.floor(v * grid) / grid for v in z] if grid else z
 * edges = list(np.linspace(-3, 3, 13))
 * hp = np.histogram(seeded(31, 500), bins=edges)[0].tolist()
 * hq = np.histogram(seeded(32, 400, 0.2), bins=edges)[0].tolist()
 * pairs = [([1, 2, 3, 4], [4, 3, 2, 1]), ([0.2, 0.8], [0.2, 0.8]), ([1, 0, 0], [0, 0, 1]), ([5, 0, 3, 2, 9], [1, 1, 1, 1, 1]),
 *          ([0.5, 0.5, 0], [0, 0.1, 0.9]), ([10, 20, 30], [30, 20, 10]), ([1e-300, 1], [1, 1e-300]), ([0, 3, 7], [1, 3, 6]), (hp, hq)]
 * out = {'hist': [hp, hq], 'dist': [], 'kl': []}
 * for p, q in pairs:
 *     a = np.asarray(p, float) / np.sum(p); b = np.asarray(q, float) / np.sum(q)
 *     tvd = 0.5 * float(np.sum(np.abs(a - b)))
 *     linf = float(np.max(np.abs(a - b)))
 *     hel = float(distance.euclidean(np.sqrt(a), np.sqrt(b)) / np.sqrt(2))
 *     hel_bc = float(np.sqrt(max(0.0, 1 - np.sum(np.sqrt(a * b)))))
 *     out['dist'].append([p, q, tvd, linf, hel, hel_bc])
 *     kl = float(stats.entropy(p, q))
 *     assert abs(kl - float(np.sum(special.rel_entr(a, b)))) < 1e-15 or kl == float(np.sum(special.rel_entr(a, b)))
 *     kleps = float(stats.entropy(np.maximum(a, 1e-4), np.maximum(b, 1e-4)))
 *     out['kl'].append([p, q, kl, float(stats.entropy(p, q, base=2)), float(stats.entropy(q, p)), kleps])
 * print(json.dumps(out))
 */

/** Histogram counts of seeded(31, 500) and seeded(32, 400, 0.2) on np.linspace(-3, 3, 13). */
const HP = [1, 8, 23, 48, 91, 74, 89, 70, 59, 24, 11, 2];
const HQ = [0, 5, 17, 37, 55, 49, 87, 61, 43, 33, 11, 2];

/** [p, q, TVD, L∞, Hellinger ‖√p̂ − √q̂‖₂/√2, Hellinger √(1 − Σ√(p̂q̂))] */
export const DISTANCE_CASES: [number[], number[], number, number, number, number][] = [
  [[1, 2, 3, 4], [4, 3, 2, 1], 0.4, 0.30000000000000004, 0.33181629170877724, 0.3318162917087773],
  [[0.2, 0.8], [0.2, 0.8], 0.0, 0.0, 0.0, 0.0],
  [[1, 0, 0], [0, 0, 1], 1.0, 1.0, 1.0, 1.0],
  [[5, 0, 3, 2, 9], [1, 1, 1, 1, 1], 0.3368421052631579, 0.27368421052631575, 0.374153507472751, 0.37415350747275106],
  [[0.5, 0.5, 0], [0, 0.1, 0.9], 0.9, 0.9, 0.8811317734879506, 0.8811317734879506],
  [[10, 20, 30], [30, 20, 10], 0.33333333333333337, 0.33333333333333337, 0.29885849072268456, 0.29885849072268467],
  [[1e-300, 1], [1, 1e-300], 1.0, 1.0, 1.0, 1.0],
  [[0, 3, 7], [1, 3, 6], 0.09999999999999999, 0.1, 0.22787261827436392, 0.2278726182743642],
  [HP, HQ, 0.09299999999999999, 0.044499999999999984, 0.08405553736818999, 0.08405553736819028],
];

/** [p, q, entropy(p, q) (nats), entropy(p, q, base=2), entropy(q, p), entropy(max(p̂, 1e-4), max(q̂, 1e-4))] */
export const KL_CASES: [number[], number[], number, number, number, number][] = [
  [[1, 2, 3, 4], [4, 3, 2, 1], 0.4564348191467836, 0.6584962500721155, 0.4564348191467835, 0.45643481914678347],
  [[0.2, 0.8], [0.2, 0.8], 0.0, 0.0, 0.0, 0.0],
  [[1, 0, 0], [0, 0, 1], Infinity, Infinity, Infinity, 9.20757782237451],
  [[5, 0, 3, 2, 9], [1, 1, 1, 1, 1], 0.375753774600328, 0.5420981072112026, Infinity, 0.37485619373516693],
  [[0.5, 0.5, 0], [0, 0.1, 0.9], Infinity, Infinity, Infinity, 5.061898864053132],
  [[10, 20, 30], [30, 20, 10], 0.3662040962227033, 0.5283208335737188, 0.3662040962227033, 0.36620409622270306],
  [[1e-300, 1], [1, 1e-300], 690.7755278982137, 996.5784284662087, 690.7755278982137, 9.208498488090177],
  [[0, 3, 7], [1, 3, 6], 0.10790547587908078, 0.1556746949355135, Infinity, 0.107103984952854],
  [HP, HQ, Infinity, Infinity, 0.026946041028094572, 0.027815018320656526],
];

// python: [[n, a, math.sqrt(math.log(2 / a) / (2 * n))] for n, a in [(1, 0.05), (10, 0.05), (100, 0.05), (100, 0.01), (1000, 0.1), (12345, 0.5)]]
/** [n, alpha, DKW–Massart half-width √(ln(2/α)/(2n))] */
export const DKW_CASES: [number, number, number][] = [
  [1, 0.05, 1.3581015157406195],
  [10, 0.05, 0.4294694083467376],
  [100, 0.05, 0.13581015157406195],
  [100, 0.01, 0.16276236307187292],
  [1000, 0.1, 0.038702275602049495],
  [12345, 0.5, 0.007493197566185793],
];
