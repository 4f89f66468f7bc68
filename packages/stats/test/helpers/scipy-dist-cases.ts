// scipy 1.17.1 / numpy 2.4.6 reference values for the distribution metrics. Inputs come from
// test/helpers/seeded-data.ts (bit-identical twin of the Python `seeded`). Produced by:
/*
 * import json, math, warnings
 * import numpy as np
 * from scipy import stats
 * from scipy.spatial import distance
 * warnings.simplefilter('ignore')
 * def minstd(seed, k):
 *     s = seed; out = []
 *     for _ in range(k):
 *         s = (48271 * s) % 2147483647; out.append(s / 2147483647)
 *     return out
 * def seeded(seed, n, shift=0.0, grid=0):
 *     u = minstd(seed, 3 * n)
 *     z = [2 * (u[3*i] + u[3*i+1] + u[3*i+2] - 1.5) + shift for i in range(n)]
 *     return [math.floor(v * grid) / grid for v in z] if grid else z
 * def psi_spec(x, y, B=10, eps=1e-4):
 *     x = np.sort(x); y = np.asarray(y)
 *     edges = []
 *     for k in range(1, B):
 *         e = np.quantile(x, k / B)
 *         if not edges or e > edges[-1]: edges.append(e)
 *     r = np.bincount(np.searchsorted(edges, x, side='right'), minlength=len(edges) + 1) / len(x)
 *     c = np.bincount(np.searchsorted(edges, y, side='right'), minlength=len(edges) + 1) / len(y)
 *     r = np.maximum(r, eps); c = np.maximum(c, eps)
 *     return float(np.sum((c - r) * np.log(c / r)))
 * pairs = [((31, 500, 0, 0), (32, 400, 0.2, 0)), ((33, 2000, 0, 5), (34, 1500, 0.1, 5)),
 *          ((35, 20000, 0, 0), (36, 30000, -0.05, 0)), ((37, 300, 0, 0), (38, 50, 1.5, 0))]
 * out = {'w1': [], 'psi': []}
 * for a, b in pairs:
 *     x = seeded(*a); y = seeded(*b)
 *     out['w1'].append([a, b, float(stats.wasserstein_distance(x, y)), float(stats.wasserstein_distance(x, y) / np.std(x))])
 *     out['psi'].append([a, b, psi_spec(x, y), psi_spec(x, y, 5), float((1/len(x) + 1/len(y)) * stats.chi2.ppf(0.99, 9))])
 * out['js'] = [[p, q, float(distance.jensenshannon(p, q)), float(distance.jensenshannon(p, q, base=2)), float(distance.jensenshannon(p, q, base=10))]
 *              for p, q in [([1, 2, 3, 4], [4, 3, 2, 1]), ([0.2, 0.8], [0.2, 0.8]), ([1, 0, 0], [0, 0, 1]), ([5, 0, 3, 2, 9], [1, 1, 1, 1, 1]), ([1e-300, 1], [1, 1e-300])]]
 * out['chi2'] = []
 * for r, c, corr in [([30, 20], [25, 25], True), ([30, 20], [25, 25], False), ([50, 30, 0], [40, 30, 10], True), ([120, 60, 15, 5], [100, 70, 25, 5], True),
 *                    ([10, 0, 5, 0], [3, 0, 9, 1], True), ([1000, 10], [900, 30], True), ([7, 3], [7.5, 2], False)]:
 *     t = np.array([r, c], dtype=float); t = t[:, t.sum(axis=0) > 0]
 *     res = stats.chi2_contingency(t, correction=corr)
 *     v = float(np.sqrt(stats.chi2_contingency(t, correction=False).statistic / t.sum())) if t.shape[1] > 1 else 0.0
 *     out['chi2'].append([r, c, corr, float(res.statistic), float(res.pvalue), int(res.dof), float(v)])
 * out['quantiles'] = [[a, [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1], [float(v) for v in np.quantile(seeded(*a), [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1])]] for a in [(41, 7, 0, 0), (42, 1000, 0, 3), (43, 12345, 2.5, 0)]]
 * out['wilson'] = [[k, n, list(map(float, stats.binomtest(k, n).proportion_ci(method='wilson')))] for k, n in [(0, 10), (3, 10), (10, 10), (17, 1000), (500, 1000)]]
 * out['ztest'] = []
 * for k1, n1, k2, n2 in [(5, 100, 15, 100), (0, 50, 3, 60), (40, 1000, 41, 1000), (200, 1000, 100, 1000)]:
 *     p = (k1 + k2) / (n1 + n2); z = (k2 / n2 - k1 / n1) / math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
 *     out['ztest'].append([k1, n1, k2, n2, z, float(2 * stats.norm.sf(abs(z)))])
 * out['hist'] = [[a, e, np.histogram(seeded(*a), bins=e)[0].tolist()] for a, e in [((51, 500, 0, 4), [-3, -1, -0.5, 0, 0.25, 1, 3]), ((52, 1000, 0, 0), list(np.linspace(-2, 2, 9)))]]
 * print(json.dumps(out))
 */
type Spec = [number, number, number, number];

/** [a, b, wasserstein_distance, W1 / np.std(x)] */
export const W1_CASES: [Spec, Spec, number, number][] = [
  [[31, 500, 0, 0], [32, 400, 0.2, 0], 0.1504030671555563, 0.1484479370717192],
  [[33, 2000, 0, 5], [34, 1500, 0.1, 5], 0.13446666666666668, 0.13718867369982465],
  [[35, 20000, 0, 0], [36, 30000, -0.05, 0], 0.0365498271999228, 0.03642940544322387],
  [[37, 300, 0, 0], [38, 50, 1.5, 0], 1.4233740791011171, 1.441527739534468],
];

/** [a, b, psi B=10, psi B=5, (1/n + 1/m)·chi2.ppf(0.99, 9)] — psi_spec is the docs/stats-conventions.md#psi-bins algorithm in numpy */
export const PSI_CASES: [Spec, Spec, number, number, number][] = [
  [[31, 500, 0, 0], [32, 400, 0.2, 0], 0.04254361779846336, 0.025764234707014173, 0.09749697450057868],
  [[33, 2000, 0, 5], [34, 1500, 0.1, 5], 0.029916121811858855, 0.0210086791873775, 0.02527699338903891],
  [[35, 20000, 0, 0], [36, 30000, -0.05, 0], 0.002072369462475849, 0.0016020153789223753, 0.001805499527788494],
  [[37, 300, 0, 0], [38, 50, 1.5, 0], 3.6376604710064395, 2.794549847437512, 0.5055398677807783],
];

/** [p, q, jensenshannon (base e), base 2, base 10] */
export const JS_CASES: [number[], number[], number, number, number][] = [
  [[1, 2, 3, 4], [4, 3, 2, 1], 0.32625164411267443, 0.3918681606471551, 0.2150031706925326],
  [[0.2, 0.8], [0.2, 0.8], 0.0, 0.0, 0.0],
  [[1, 0, 0], [0, 0, 1], 0.8325546111576977, 1.0, 0.5486620049392714],
  [[5, 0, 3, 2, 9], [1, 1, 1, 1, 1], 0.32985595099186754, 0.3961973744078971, 0.21737844579431204],
  [[1e-300, 1], [1, 1e-300], 0.8325546111576977, 1.0, 0.5486620049392714],
];

/** [refCounts, curCounts, correction, statistic, pvalue, dof, Cramér's V (uncorrected)] */
export const CHI2_CASES: [number[], number[], boolean, number, number, number, number][] = [
  [[30, 20], [25, 25], true, 0.6464646464646464, 0.4213795037428696, 1, 0.10050378152592121],
  [[30, 20], [25, 25], false, 1.0101010101010102, 0.3148786413364169, 1, 0.10050378152592121],
  [[50, 30, 0], [40, 30, 10], true, 11.11111111111111, 0.0038659201394728067, 2, 0.26352313834736496],
  [[120, 60, 15, 5], [100, 70, 25, 5], true, 5.0874125874125875, 0.1655071314786377, 3, 0.11277646682057152],
  [[10, 0, 5, 0], [3, 0, 9, 1], true, 5.798816568047337, 0.055055787809263415, 2, 0.455083060238432],
  [[1000, 10], [900, 30], true, 10.902992514022205, 0.0009600903087241483, 1, 0.07859779047713862],
  [[7, 3], [7.5, 2], false, 0.20455535390199625, 0.6510687509366393, 1, 0.10242078963189222],
];

/** [a, probabilities, np.quantile(seeded(*a), probabilities)] */
export const QUANTILE_CASES: [Spec, number[], number[]][] = [
  [
    [41, 7, 0, 0],
    [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1],
    [
      -0.7145823434528813, -0.7063267440471458, -0.6320263493955258, -0.45617404601358547, 0.17388412690436672,
      1.1509829159597786, 1.734284244074619, 2.434271639696448, 2.4413422194502044,
    ],
  ],
  [
    [42, 1000, 0, 3],
    [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1],
    [
      -2.6666666666666665, -2.3333333333333335, -1.6666666666666667, -1.0, -0.3333333333333333, 0.3333333333333333, 1.0,
      2.6666666666666665, 2.6666666666666665,
    ],
  ],
  [
    [43, 12345, 2.5, 0],
    [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1],
    [
      -0.2797967837098039, 0.3153611705896263, 1.2034155609567723, 1.806645507135729, 2.494108012409, 3.196650808535819,
      3.8168859127521917, 5.1826093783986975, 5.380217345375669,
    ],
  ],
];

/** [k, n, binomtest(k, n).proportion_ci(method='wilson')] */
export const WILSON_CASES: [number, number, number[]][] = [
  [0, 10, [0.0, 0.27753279986288926]],
  [3, 10, [0.10779126740630102, 0.6032218525388546]],
  [10, 10, [0.7224672001371109, 1.0]],
  [17, 1000, [0.01064068985681633, 0.027055958840229925]],
  [500, 1000, [0.4690696003681042, 0.5309303996318958]],
];

/** [k1, n1, k2, n2, z, 2·norm.sf(|z|)] */
export const ZTEST_CASES: [number, number, number, number, number, number][] = [
  [5, 100, 15, 100, 2.357022603955158, 0.018422125454099027],
  [0, 50, 3, 60, 1.6031511026549947, 0.10890129793272194],
  [40, 1000, 41, 1000, 0.11343184629723195, 0.909688192943391],
  [200, 1000, 100, 1000, -6.262242910851494, 3.794791883144954e-10],
];

/** [a, edges, np.histogram(seeded(*a), bins=edges)[0]] */
export const HIST_CASES: [Spec, number[], number[]][] = [
  [
    [51, 500, 0, 4],
    [-3, -1, -0.5, 0, 0.25, 1, 3],
    [96, 74, 87, 47, 120, 76],
  ],
  [
    [52, 1000, 0, 0],
    [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0],
    [53, 110, 152, 168, 178, 143, 101, 48],
  ],
];
