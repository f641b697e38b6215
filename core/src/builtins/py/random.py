"""Gilt's own implementation of the random module, matching CPython 3.11's
observable behaviour. The Mersenne Twister core is native (_random), and
every method here draws from it in the same order and with the same float
arithmetic as CPython, so a given seed yields the same numbers."""

import _random
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
from math import (acos as _acos, ceil as _ceil, cos as _cos, e as _e,
                  exp as _exp, floor as _floor, isfinite as _isfinite,
                  log as _log, pi as _pi, sin as _sin, sqrt as _sqrt,
                  tau as TWOPI)
from operator import index as _index

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices",
           "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
           "lognormvariate", "normalvariate", "paretovariate", "randbytes",
           "randint", "random", "randrange", "sample", "seed", "setstate",
           "shuffle", "triangular", "uniform", "vonmisesvariate",
           "weibullvariate"]

# Constants CPython exposes under these names.
BPF = 53                                   # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF
LOG4 = _log(4.0)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
SG_MAGICCONST = 1.0 + _log(4.5)

_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


def _as_int(value, label):
    """randrange's argument coercion: __index__, else an integral int()."""
    try:
        return _index(value)
    except TypeError:
        whole = int(value)
        if whole != value:
            raise ValueError(f"non-integer {label} for randrange()")
        return whole


def _old_string_seed(text):
    """The integer version 1 seeding made from a str or bytes."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for char in text:
        acc = ((1000003 * acc) ^ ord(char)) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


class Random(_random.Random):
    """A Mersenne Twister generator with the usual distributions; the
    module-level functions share one hidden instance."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick the integer source for subclasses: the nearest class in the
        # MRO that defines _randbelow, getrandbits or random decides.
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # -- state --------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Reset the generator from a (None means fresh entropy)."""
        textual = isinstance(a, (str, bytes, bytearray))
        if version == 1 and isinstance(a, (str, bytes)):
            a = _old_string_seed(a)
        elif version == 2 and textual:
            raw = bytes(a) if not isinstance(a, str) else a.encode()
            a = int.from_bytes(raw + _random._sha512(raw), 'big')
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        self.gauss_next = None
        super().seed(a)

    def getstate(self):
        """A snapshot of the generator, for setstate()."""
        core = super().getstate()
        return (self.VERSION, core, self.gauss_next)

    def setstate(self, state):
        """Go back to a snapshot taken by getstate()."""
        kind = state[0]
        if kind not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (kind, self.VERSION))
        _, core, self.gauss_next = state
        if kind == 2:
            # Version 2 pickles could hold negative words; fold them.
            try:
                core = tuple(word % (2 ** 32) for word in core)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(core)

    # -- integers -----------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Uniform int in [0, n) by rejection on n.bit_length() bits."""
        width = n.bit_length()
        while True:
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Uniform int in [0, n) built from random() alone."""
        draw = self.random
        if n >= maxsize:
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            x = draw()
            if x < cutoff:
                return _floor(x * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """A random member of range(start, stop, step) (or range(start))."""
        first = _as_int(start, 'arg 1')
        if stop is None:
            if type(step) is not int or step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        last = _as_int(stop, 'stop')
        span = last - first
        stride = _as_int(step, 'step')
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (first, last, span))
            return first + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # Number of members, rounding the span away from zero.
        slots = (span + stride + (-1 if stride > 0 else 1)) // stride
        if slots <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(slots)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # -- sequences ----------------------------------------------------------

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        pick = self._randbelow
        for hi in reversed(range(1, len(x))):
            lo = pick(hi + 1)
            x[hi], x[lo] = x[lo], x[hi]

    def sample(self, population, k, *, counts=None):
        """k distinct picks from a sequence, in selection order; counts
        repeats elements."""
        kind = type(population)
        if (isinstance(population, (set, frozenset, dict))
                or not (hasattr(kind, '__getitem__') and hasattr(kind, '__len__'))):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, k, counts)
        pick = self._randbelow
        if k < 0 or k > size:
            raise ValueError("Sample larger than population or is negative")
        # Small populations: partial shuffle of a copy. Large ones: draw
        # indexes and reject repeats. The threshold is CPython's.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        chosen = [None] * k
        if size <= threshold:
            pool = list(population)
            for slot in range(k):
                remaining = size - slot
                j = pick(remaining)
                chosen[slot] = pool[j]
                pool[j] = pool[remaining - 1]
            return chosen
        used = set()
        for slot in range(k):
            j = pick(size)
            while j in used:
                j = pick(size)
            used.add(j)
            chosen[slot] = population[j]
        return chosen

    def _sample_counted(self, population, size, k, counts):
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        elif total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_bisect(bounds, slot)]
                for slot in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if weights is not None and cum_weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if weights is None and cum_weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError('The number of choices must be a keyword '
                                    'argument: k=%r' % (weights,)) from None
                raise
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        elif not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, top)]
                for _ in _repeat(None, k)]

    # -- continuous distributions --------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        if mode is None:
            split = 0.5
        elif high == low:
            return low
        else:
            split = (mode - low) / (high - low)
        if u <= split:
            return low + (high - low) * _sqrt(u * split)
        # Mirror the upper part onto the lower one.
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution, by Kinderman and Monahan's ratio method."""
        while True:
            a = self.random()
            b = 1.0 - self.random()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; every second call uses the
        spare value of the previous pair."""
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            theta = self.random() * TWOPI
            rho = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(theta) * rho
            self.gauss_next = _sin(theta) * rho
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal variate."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rad = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rad + z)
            test = draw()
            if test < 1.0 - d * d or test <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rad
        angle = _acos((inv + z) / (1.0 + inv * z))
        theta = mu + angle if draw() > 0.5 else mu - angle
        return theta % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_large(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_large(self, alpha):
        # R. C. H. Cheng's rejection method for alpha > 1.
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        gain = alpha + spread
        draw = self.random
        while True:
            u = draw()
            if u <= 1e-7 or u >= 0.9999999:
                continue
            w = 1.0 - draw()
            v = _log(u / (1.0 - u)) / spread
            x = alpha * _exp(v)
            z = u * u * w
            lhs = shift + gain * v - x
            if lhs + SG_MAGICCONST - 4.5 * z >= 0.0:
                return x
            if lhs >= _log(z):
                return x

    def _gamma_small(self, alpha):
        # Ahrens and Dieter's GS algorithm for 0 < alpha < 1.
        draw = self.random
        while True:
            bound = (_e + alpha) / _e
            p = bound * draw()
            if p > 1.0:
                x = -_log((bound - p) / alpha)
                accept = draw() <= x ** (alpha - 1.0)
            else:
                x = p ** (1.0 / alpha)
                accept = draw() <= _exp(-x)
            if accept:
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        left = self.gammavariate(alpha, 1.0)
        if not left:
            return 0.0
        return left / (left + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from a freshly seeded generator (the platform has no
    entropy source Gilt can reach; not for cryptography)."""

    def seed(self, *args, **kwds):
        return None

    def getstate(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    setstate = getstate


# The module-level functions are bound methods of one shared generator.
_inst = Random()
for _name in ("betavariate", "choice", "choices", "expovariate",
              "gammavariate", "gauss", "getrandbits", "getstate",
              "lognormvariate", "normalvariate", "paretovariate", "randbytes",
              "randint", "random", "randrange", "sample", "seed", "setstate",
              "shuffle", "triangular", "uniform", "vonmisesvariate",
              "weibullvariate"):
    globals()[_name] = getattr(_inst, _name)
del _name
