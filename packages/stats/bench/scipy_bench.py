"""Times scipy on the exact arrays the TS benchmark used (raw float64 files); prints JSON.

Each case reports the median wall time, the fastest wall time and the median CPU time
(time.process_time) of repeated runs after a warm-up, in milliseconds, like bench/timing.ts.
"""
import json, statistics, sys, time, warnings
import numpy as np
from scipy import stats

warnings.simplefilter('ignore')
d = sys.argv[1]
load = lambda name: np.fromfile(f'{d}/{name}.f64', dtype='<f8')
big_a, big_b, mid_a, mid_b = load('big_a'), load('big_b'), load('mid_a'), load('mid_b')


def timing(fn, reps):
    fn()
    wall, cpu = [], []
    for _ in range(reps):
        c, t = time.process_time(), time.perf_counter()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return {'wallMedian': statistics.median(wall), 'wallMin': min(wall), 'cpuMedian': statistics.median(cpu)}


out = {
    'ks_1e6': timing(lambda: stats.ks_2samp(big_a, big_b, method='asymp'), 5),
    'w1_1e6': timing(lambda: stats.wasserstein_distance(big_a, big_b), 5),
    'ks_exact_1e4': timing(lambda: stats.ks_2samp(mid_a, mid_b, method='exact'), 7),
    'ks_exact_1e4_9999': timing(lambda: stats.ks_2samp(mid_a, mid_b[:-1], method='exact'), 7),
    'values': {
        'ks_1e6': [float(v) for v in stats.ks_2samp(big_a, big_b, method='asymp')[:2]],
        'w1_1e6': float(stats.wasserstein_distance(big_a, big_b)),
        'ks_exact_1e4': [float(v) for v in stats.ks_2samp(mid_a, mid_b, method='exact')[:2]],
        'ks_exact_1e4_9999': [float(v) for v in stats.ks_2samp(mid_a, mid_b[:-1], method='exact')[:2]],
    },
}
print(json.dumps(out))
