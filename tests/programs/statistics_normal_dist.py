import statistics, pickle, copy
from statistics import NormalDist
nd = NormalDist(100, 15)
ps = [1e-300, 1e-20, 1e-9, 0.001, 0.01, 0.02425, 0.05, 0.075, 0.1, 0.3, 0.4999, 0.5, 0.5001, 0.7, 0.9, 0.97575, 0.99, 0.999999, 1 - 1e-12]
print([nd.inv_cdf(p) for p in ps])
print([NormalDist().inv_cdf(i / 1000) for i in range(1, 1000, 37)])
print(nd.cdf(115), nd.pdf(100), nd.zscore(130), nd.quantiles(), nd.quantiles(10))
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
a, b = NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)
print(a.overlap(b), b.overlap(a), a.overlap(NormalDist(5, 1.6)))
print(a + b, a - b, a * 3, 3 * a, a / 2, -a, +a, 10 - a, a + 1, a == NormalDist(2.4, 1.6), hash(a) == hash(NormalDist(2.4, 1.6)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(nd.samples(3, seed=42))
print(pickle.loads(pickle.dumps(a)), copy.deepcopy(a))
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).cdf(1), lambda: nd.inv_cdf(0), lambda: NormalDist(1, 0).pdf(1),
            lambda: NormalDist.from_samples([1]), lambda: a.overlap(3)):
    try:
        bad()
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(NormalDist.mean.__doc__, sorted(NormalDist.__slots__))
