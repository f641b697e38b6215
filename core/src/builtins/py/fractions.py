"""fractions: exact rational numbers. Gilt's own implementation matching
CPython 3.11's observable behaviour: the same accepted inputs and error
messages, normalised values, mixed arithmetic rules and numeric hashes."""

import math
import sys

__all__ = ['Fraction']

_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf
_DIGITS = '0123456789'


def _read_digits(text, pos):
    """Scan digits with single underscores between them starting at `pos`.
    Returns (digits, next_pos); digits is '' when nothing matched and None
    when the underscores are misplaced."""
    end = len(text)
    start = pos
    while pos < end and (text[pos] in _DIGITS or text[pos] == '_'):
        pos += 1
    chunk = text[start:pos]
    if not chunk:
        return '', pos
    if chunk[0] == '_' or chunk[-1] == '_' or '__' in chunk:
        return None, pos
    return chunk.replace('_', ''), pos


def _parse(text):
    """Turn a Fraction literal into (numerator, denominator) or None."""
    s = text.strip()
    n = len(s)
    pos = 0
    negative = False
    if pos < n and s[pos] in '+-':
        negative = s[pos] == '-'
        pos += 1
    whole, pos = _read_digits(s, pos)
    if whole is None:
        return None
    if pos < n and s[pos] == '/':
        if not whole:
            return None
        below, pos = _read_digits(s, pos + 1)
        if not below or pos != n:
            return None
        top = int(whole)
        return (-top if negative else top), int(below)
    frac = ''
    if pos < n and s[pos] == '.':
        frac, pos = _read_digits(s, pos + 1)
        if frac is None:
            return None
    if not whole and not frac:
        return None
    power = 0
    if pos < n and s[pos] in 'eE':
        pos += 1
        exp_negative = False
        if pos < n and s[pos] in '+-':
            exp_negative = s[pos] == '-'
            pos += 1
        digits, pos = _read_digits(s, pos)
        if not digits:
            return None
        power = -int(digits) if exp_negative else int(digits)
    if pos != n:
        return None
    top = int((whole or '0') + frac)
    power -= len(frac)
    if power >= 0:
        top *= 10 ** power
        bottom = 1
    else:
        bottom = 10 ** -power
    return (-top if negative else top), bottom


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction(object):
    """A rational number numerator/denominator kept in lowest terms with a
    positive denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                top, bottom = numerator.as_integer_ratio()
                self._numerator = top
                self._denominator = bottom
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                top, bottom = parsed
            else:
                raise TypeError('argument should be a string '
                                'or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            top, bottom = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            if isinstance(numerator, Fraction) or \
                    isinstance(denominator, Fraction):
                top = (_num(numerator) * _den(denominator))
                bottom = (_den(numerator) * _num(denominator))
            else:
                top, bottom = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        if _normalize:
            g = math.gcd(top, bottom)
            if bottom < 0:
                g = -g
            top //= g
            bottom //= g
        self._numerator = top
        self._denominator = bottom
        return self

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (or int) to a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        top, bottom = f.as_integer_ratio()
        return cls(top, bottom)

    def as_integer_ratio(self):
        """Return (numerator, denominator) in lowest terms."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion keeping the last two
        # convergents (p0/q0, p1/q1).
        p0, q0, p1, q1 = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            a = top // bottom
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            top, bottom = bottom, top - a * bottom
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic -------------------------------------------------------

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            return _add(a, b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _add(a, b)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return _add(a, -_as_fraction(b))
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _add(-b, a)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            return _mul(a, b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return _mul(a, b)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return _div(a, b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return _div(a, b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return (_num(a) * _den(b)) // (_den(a) * _num(b))
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return (_num(a) * _den(b)) // (_den(a) * _num(b))
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(b)
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            return _mod(a, b)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return _mod(a, b)
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return _divmod(a, b)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            return _divmod(a, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if _den(b) == 1:
                power = _num(b)
                top, bottom = a._numerator, a._denominator
                if power >= 0:
                    return Fraction(top ** power, bottom ** power,
                                    _normalize=False)
                if top == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)'
                                            % (bottom ** -power))
                if top > 0:
                    return Fraction(bottom ** -power, top ** -power,
                                    _normalize=False)
                return Fraction((-bottom) ** -power, (-top) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        if isinstance(b, complex):
            return complex(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    # -- conversions ------------------------------------------------------

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(x) gives an int, round(x, n) a Fraction; halves go to
        the even neighbour."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = rest * 2
            if twice < self._denominator:
                return whole
            if twice > self._denominator:
                return whole + 1
            return whole + (whole & 1)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        bottom = self._denominator
        try:
            inverse = pow(bottom, -1, _MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = abs(self._numerator) % _MODULUS * inverse % _MODULUS
        if self._numerator < 0:
            value = -value
        if value == -1:
            value = -2
        return value

    # -- comparisons ------------------------------------------------------

    def __eq__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._numerator == _num(b) and a._denominator == _den(b)
        if isinstance(b, complex):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if b != b or b in (_INF, -_INF):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _order(a, b):
        """Return (left, right) integers comparing like a and b, or None
        when b is an infinity/nan (handled by the caller)."""
        return (a._numerator * _den(b), _num(b) * a._denominator)

    def __lt__(a, b):
        if isinstance(b, (int, Fraction)):
            x, y = a._order(b)
            return x < y
        if isinstance(b, float):
            if b != b or b in (_INF, -_INF):
                return 0.0 < b
            x, y = a._order(Fraction(b))
            return x < y
        return NotImplemented

    def __le__(a, b):
        if isinstance(b, (int, Fraction)):
            x, y = a._order(b)
            return x <= y
        if isinstance(b, float):
            if b != b or b in (_INF, -_INF):
                return 0.0 <= b
            x, y = a._order(Fraction(b))
            return x <= y
        return NotImplemented

    def __gt__(a, b):
        if isinstance(b, (int, Fraction)):
            x, y = a._order(b)
            return x > y
        if isinstance(b, float):
            if b != b or b in (_INF, -_INF):
                return 0.0 > b
            x, y = a._order(Fraction(b))
            return x > y
        return NotImplemented

    def __ge__(a, b):
        if isinstance(b, (int, Fraction)):
            x, y = a._order(b)
            return x >= y
        if isinstance(b, float):
            if b != b or b in (_INF, -_INF):
                return 0.0 >= b
            x, y = a._order(Fraction(b))
            return x >= y
        return NotImplemented

    # -- copying and pickling --------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


_INF = float('inf')


def _num(x):
    return x._numerator if isinstance(x, Fraction) else int(x)


def _den(x):
    return x._denominator if isinstance(x, Fraction) else 1


def _as_fraction(x):
    return x if isinstance(x, Fraction) else Fraction(int(x))


def _add(a, b):
    n1, d1, n2, d2 = _num(a), _den(a), _num(b), _den(b)
    if d1 == d2:
        return Fraction(n1 + n2, d1)
    return Fraction(n1 * d2 + n2 * d1, d1 * d2)


def _mul(a, b):
    return Fraction(_num(a) * _num(b), _den(a) * _den(b))


def _div(a, b):
    top, below = _num(a), _num(b)
    if below == 0:
        raise ZeroDivisionError('Fraction(%d, 0)' % ((top > 0) - (top < 0)))
    return Fraction(top * _den(b), _den(a) * below)


def _divmod(a, b):
    d1, d2 = _den(a), _den(b)
    q, r = divmod(_num(a) * d2, d1 * _num(b))
    return q, Fraction(r, d1 * d2)


def _mod(a, b):
    d1, d2 = _den(a), _den(b)
    return Fraction((_num(a) * d2) % (_num(b) * d1), d1 * d2)
