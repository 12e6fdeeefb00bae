"""statistics, the basic descriptive statistics (gilscope's interpreter bundles it in Python).

Sums and sums of squares are exact (Fractions), and the result has the data's type as CPython's does:
int data give an int mean when it is whole and a float otherwise, float data a float, Fractions a
Fraction. Standard deviations are correctly rounded square roots of the exact variance. Not here:
Decimal, NormalDist, correlation, covariance, linear_regression, median_grouped.
"""
import math
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _kind(types):
    """The result type for data of these types: int < Fraction < float; other types are refused."""
    kind = int
    for t in types:
        if t is bool:
            t = int
        if t not in (int, float, Fraction):
            raise TypeError("can't convert type '%s' to numerator/denominator" % t.__name__)
        if t is float or kind is float:
            kind = float
        elif t is Fraction:
            kind = Fraction
    return kind


def _exact_sum(data):
    """(kind, exact sum, count) of the data."""
    total, count, types = Fraction(0), 0, set()
    for x in data:
        types.add(type(x))
        if isinstance(x, float) and (x != x or x in (math.inf, -math.inf)):
            return float, x, count + 1
        total += Fraction(x)
        count += 1
    return _kind(types), total, count


def _as(kind, value):
    """An exact value as the data's kind (a whole int stays an int, else it becomes a float)."""
    if isinstance(value, float):
        return value
    if kind is int:
        return value.numerator if value.denominator == 1 else float(value)
    return kind(value)


def _sum_of_squares(data, c=None):
    """(kind, exact sum of squared deviations from the mean (or c), mean, count)."""
    data = list(data)
    kind, total, n = _exact_sum(data)
    if isinstance(total, float):
        return kind, total, total, n
    mean = total / n if n else Fraction(0)
    if c is not None:            # as given, even if it is not the mean (CPython: "use with care")
        kind = _kind([kind, type(c)])
    centre = Fraction(c) if c is not None else mean
    ss = sum(((Fraction(x) - centre) ** 2 for x in data), Fraction(0))
    return kind, ss, mean, n


def _sqrt(f):
    """The square root of a non-negative Fraction, correctly rounded to a float."""
    n, d = f.numerator, f.denominator
    if n == 0:
        return 0.0
    # Scale so that the integer square root has 55+ bits, and make it odd when inexact ("round to
    # odd"), so that converting it to a float rounds the true root correctly.
    shift = max(0, (2 * 55 - (n.bit_length() - d.bit_length())) // 2 + 1)
    root = math.isqrt((n << (2 * shift)) // d)
    if root * root * d != n << (2 * shift):
        root |= 1
    return math.ldexp(float(root), -shift)


def mean(data):
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return total / n if isinstance(total, float) else _as(kind, total / n)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers')
    if any(x <= 0 for x in data):
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers')
    return math.exp(math.fsum(math.log(x) for x in data) / len(data))


def harmonic_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    kind, total, n = _exact_sum(Fraction(1) / Fraction(x) for x in data)
    # CPython sums 1 / x: a float for int or float data, a Fraction for Fractions.
    return _as(Fraction if all(isinstance(x, Fraction) for x in data) else float, n / total)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[(len(data) - 1) // 2]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for x in counts:               # the first of the most common, in order of first appearance
        if counts[x] == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x in counts if counts[x] == best]


def pvariance(data, mu=None):
    kind, ss, mean_, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return ss if isinstance(ss, float) else _as(kind, ss / n)


def variance(data, xbar=None):
    kind, ss, mean_, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return ss if isinstance(ss, float) else _as(kind, ss / (n - 1))


def pstdev(data, mu=None):
    kind, ss, mean_, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return ss if isinstance(ss, float) else _sqrt(ss / n)


def stdev(data, xbar=None):
    kind, ss, mean_, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return ss if isinstance(ss, float) else _sqrt(ss / (n - 1))


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % (method,))
