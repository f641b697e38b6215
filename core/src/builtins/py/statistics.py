"""statistics: averages, spread and simple regression. Gilt's own
implementation matching CPython 3.11's observable behaviour: sums of ints,
floats and Fractions are accumulated exactly (as Fractions) and rounded once
at the end, so results agree with CPython bit for bit, and the errors carry
the same messages."""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# -- exact accumulation -------------------------------------------------

def _widen(T, S):
    """The result type when values of types T and S are summed."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    if issubclass(S, float) and issubclass(T, Fraction):
        return S
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _ratio(x):
    """(numerator, denominator) of x; denominator None for inf/nan."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x - x == 0.0:
            return x.as_integer_ratio()
        return x, None
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _exact_sum(values):
    """Sum exactly. Returns (type, total, count) where total is a Fraction,
    or a float when an infinity or nan took part."""
    T = int
    count = 0
    by_denominator = {}
    odd = None
    for x in values:
        T = _widen(T, type(x))
        count += 1
        top, bottom = _ratio(x)
        if bottom is None:
            odd = top if odd is None else odd + top
        else:
            by_denominator[bottom] = by_denominator.get(bottom, 0) + top
    if odd is not None:
        return T, odd, count
    total = Fraction(0)
    for bottom, top in by_denominator.items():
        total += Fraction(top, bottom)
    return T, total, count


def _as_type(value, T):
    """Round an exact result into the data's type."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _squared_deviations(data, centre):
    """(type, exact sum of squared deviations, count). Without a given
    centre the deviations are taken from the exact mean."""
    if centre is not None:
        T, total, count = _exact_sum((x - centre) * (x - centre)
                                     for x in data)
        return T, total, count
    T = int
    count = 0
    sums = {}
    squares = {}
    odd = None
    for x in data:
        T = _widen(T, type(x))
        count += 1
        top, bottom = _ratio(x)
        if bottom is None:
            odd = top if odd is None else odd + top
            continue
        sums[bottom] = sums.get(bottom, 0) + top
        squares[bottom] = squares.get(bottom, 0) + top * top
    if odd is not None:
        return T, odd, count
    if not count:
        return T, Fraction(0), 0
    s1 = Fraction(0)
    for bottom, top in sums.items():
        s1 += Fraction(top, bottom)
    s2 = Fraction(0)
    for bottom, top in squares.items():
        s2 += Fraction(top, bottom * bottom)
    return T, (count * s2 - s1 * s1) / count, count


def _sqrt_ratio(top, bottom):
    """sqrt(top / bottom) correctly rounded to a float."""
    shift = max(0, (120 - top.bit_length() + bottom.bit_length()) // 2)
    scaled = top << (2 * shift)
    root = math.isqrt(scaled // bottom)
    if root * root * bottom != scaled:
        root |= 1
    return math.ldexp(float(root), -shift)


def _as_list(data):
    if iter(data) is data:
        return list(data)
    return data


# -- averages -----------------------------------------------------------

def mean(data):
    """Arithmetic mean, computed exactly and rounded to the data's type."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, T)


def fmean(data, weights=None):
    """Fast floating point arithmetic mean, optionally weighted."""
    if weights is None:
        count = 0

        def counted(values):
            nonlocal count
            for count, x in enumerate(values, 1):
                yield x
        total = math.fsum(counted(data))
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    data = _as_list(data)
    weights = _as_list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    top = math.fsum(x * w for x, w in zip(data, weights))
    bottom = math.fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """Geometric mean via the mean of logarithms."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _refuse_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """Harmonic mean, optionally weighted; 0 if any value is 0."""
    message = 'harmonic mean does not support negative values'
    data = _as_list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if isinstance(only, (int, float, Fraction)):
            if only < 0:
                raise StatisticsError(message)
            return only
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = _as_list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_refuse_negative(weights, message))[1]
    try:
        T, total, _ = _exact_sum(w / x if w else 0 for w, x in
                                 zip(weights, _refuse_negative(data, message)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_total / total, T)


def median(data):
    """Middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The lower of the two middle values for even-sized data."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    """The higher of the two middle values for even-sized data."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data (50th percentile by
    interpolation within the middle class)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    middle = data[n // 2]
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    below = bisect_left(data, middle)
    same = bisect_right(data, middle, below) - below
    lower = centre - width / 2.0
    return lower + width * (n / 2 - below) / same


def mode(data):
    """The most common value (the first one met on ties)."""
    counts = Counter(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    return counts.most_common(1)[0][0]


def multimode(data):
    """All most common values, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing data into n equal-probability groups."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, part = divmod(i * span, n)
            cuts.append((data[j] * (n - part) + data[j + 1] * part) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            part = i * span - j * n
            cuts.append((data[j - 1] * (n - part) + data[j] * part) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# -- spread -------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    T, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance (n in the denominator)."""
    T, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    T, ss, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    q = ss / (n - 1)
    return _sqrt_ratio(q.numerator, q.denominator)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    T, ss, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    q = ss / n
    return _sqrt_ratio(q.numerator, q.denominator)


# -- two variables ------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same '
                              'number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _centred(x, y, n):
    """(sum of products of deviations, sum of squared x deviations,
    x mean, y mean) using fsum."""
    xm = math.fsum(x) / n
    ym = math.fsum(y) / n
    sxy = math.fsum((a - xm) * (b - ym) for a, b in zip(x, y))
    sxx = math.fsum((a - xm) * (a - xm) for a in x)
    return sxy, sxx, xm, ym


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = _paired(x, y, 'covariance')
    xm = math.fsum(x) / n
    ym = math.fsum(y) / n
    sxy = math.fsum((a - xm) * (b - ym) for a, b in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    n = _paired(x, y, 'correlation')
    sxy, sxx, xm, ym = _centred(x, y, n)
    syy = math.fsum((b - ym) * (b - ym) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') \
            from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        sxy, sxx, xm, ym = _centred(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ym - slope * xm
    return LinearRegression(slope=slope, intercept=intercept)


# -- the normal distribution --------------------------------------------

class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = dict(_mu='Arithmetic mean of a normal distribution',
                     _sigma='Standard deviation of a normal distribution')

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._sigma = float(sigma)
        self._mu = float(mu)

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        data = _as_list(data)
        spread = stdev(data)
        return cls(float(mean(data)), spread)

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        spread = self._sigma * self._sigma
        if not spread:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return (math.exp(offset * offset / (-2.0 * spread))
                / math.sqrt(math.tau * spread))

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        mu, sigma = self._mu, self._sigma
        if sigma == 0.0:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2.0))))

    def overlap(self, other):
        """Overlapping area of the two probability density functions,
        between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        v_lo, v_hi = lo.variance, hi.variance
        if not v_lo or not v_hi:
            raise StatisticsError('overlap() not defined when sigma is zero')
        gap = math.fabs(hi._mu - lo._mu)
        widen = v_hi - v_lo
        if not widen:
            return 2.0 * NormalDist(gap, 2.0 * lo._sigma).cdf(0)
        # The densities cross at two points; integrate between them.
        shift = lo._mu * v_hi - hi._mu * v_lo
        root = lo._sigma * hi._sigma * math.sqrt(
            gap * gap + widen * math.log(v_hi / v_lo))
        cross1 = (shift + root) / widen
        cross2 = (shift - root) / widen
        apart = (math.fabs(hi.cdf(cross1) - lo.cdf(cross1))
                 + math.fabs(hi.cdf(cross2) - lo.cdf(cross2)))
        return 1.0 - apart

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        mu, sigma = self._mu, self._sigma
        if sigma == 0.0:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - mu) / sigma

    def _centre(self):
        return self._mu

    def _spread(self):
        return self._sigma

    def _squared_spread(self):
        return self._sigma * self._sigma

    mean = property(_centre, doc='Arithmetic mean of the normal distribution.')
    median = property(_centre, doc='Return the median of the normal distribution')
    mode = property(_centre, doc='Return the mode of the normal distribution')
    stdev = property(_spread, doc='Standard deviation of the normal distribution.')
    variance = property(_squared_spread, doc='Square of the standard deviation.')

    def __add__(d1, d2):
        """Add a constant (shifts the mean) or an independent NormalDist."""
        if isinstance(d2, NormalDist):
            return NormalDist(d1._mu + d2._mu, math.hypot(d1._sigma, d2._sigma))
        return NormalDist(d1._mu + d2, d1._sigma)

    def __sub__(d1, d2):
        """Subtract a constant or an independent NormalDist."""
        if isinstance(d2, NormalDist):
            return NormalDist(d1._mu - d2._mu, math.hypot(d1._sigma, d2._sigma))
        return NormalDist(d1._mu - d2, d1._sigma)

    def __mul__(d1, d2):
        """Scale by a constant."""
        return NormalDist(d1._mu * d2, d1._sigma * math.fabs(d2))

    def __truediv__(d1, d2):
        """Divide by a constant."""
        return NormalDist(d1._mu / d2, d1._sigma / math.fabs(d2))

    def __pos__(d1):
        return NormalDist(d1._mu, d1._sigma)

    def __neg__(d1):
        return NormalDist(-d1._mu, d1._sigma)

    __radd__ = __add__

    def __rsub__(d1, d2):
        return -(d1 - d2)

    __rmul__ = __mul__

    def __eq__(d1, d2):
        if not isinstance(d2, NormalDist):
            return NotImplemented
        return d1._mu == d2._mu and d1._sigma == d2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__,
                                       self._mu, self._sigma)
