"""array: efficient arrays of numeric values. Gilt's own implementation:
items are kept as checked Python values (floats of typecode 'f' rounded to
single precision), bytes conversions go through `struct` with the native
layout, and errors match CPython 3.11's."""

import struct as _struct
from operator import index as _index

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_LONG_BITS = _struct.calcsize('l') * 8
_LONG_MIN = -(1 << (_LONG_BITS - 1))
_LONG_MAX = (1 << (_LONG_BITS - 1)) - 1
_ULONG_MAX = (1 << _LONG_BITS) - 1
_WCHAR = 'I' if _struct.calcsize('I') == 4 else 'H'


def _as_long(v):
    n = _index(v)
    if n < _LONG_MIN or n > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return n


def _as_ulong(v):
    n = _index(v)
    if n < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if n > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return n


def _range(n, lo, hi, name):
    if n < lo:
        raise OverflowError(name + " is less than minimum")
    if n > hi:
        raise OverflowError(name + " is greater than maximum")
    return n


def _check_b(v):
    n = _range(_as_long(v), -32768, 32767, "signed short integer")
    return _range(n, -128, 127, "signed char")


def _check_B(v):
    return _range(_as_long(v), 0, 255, "unsigned byte integer")


def _check_h(v):
    return _range(_as_long(v), -32768, 32767, "signed short integer")


def _check_H(v):
    n = _range(_as_long(v), -2147483648, 2147483647, "signed integer")
    return _range(n, 0, 65535, "unsigned short")


def _check_i(v):
    return _range(_as_long(v), -2147483648, 2147483647, "signed integer")


def _check_I(v):
    n = _as_ulong(v)
    if n > 4294967295:
        raise OverflowError("unsigned int is greater than maximum")
    return n


def _check_q(v):
    n = _index(v)
    if n < -(1 << 63) or n >= (1 << 63):
        raise OverflowError("int too big to convert")
    return n


def _check_Q(v):
    n = _index(v)
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n >= (1 << 64):
        raise OverflowError("int too big to convert")
    return n


def _real(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise TypeError("must be real number, not %s" % type(v).__name__)


def _check_f(v):
    return _struct.unpack('f', _struct.pack('f', _real(v)))[0]


def _check_d(v):
    return _real(v)


def _check_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("array item must be unicode character")
    return v


_CHECK = {'b': _check_b, 'B': _check_B, 'h': _check_h, 'H': _check_H,
          'i': _check_i, 'I': _check_I, 'l': _as_long, 'L': _as_ulong,
          'q': _check_q, 'Q': _check_Q, 'f': _check_f, 'd': _check_d,
          'u': _check_u}

_STRUCT = {'u': _WCHAR}


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_t', '_v', '_check')
    def __hash__(self):
        # CPython names the C type by its full name here.
        raise TypeError("unhashable type: 'array.array'")

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _CHECK:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, "
                             "q, Q, f or d)")
        self._t = typecode
        self._v = []
        self._check = _CHECK[typecode]
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with "
                                "typecode '%s'" % typecode)
            self._v = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._t == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an "
                                "array with typecode '%s'" % typecode)
            self._v = [self._check(x) for x in initializer._v]
        else:
            self._v = [self._check(x) for x in initializer]

    # ----- attributes -----

    @property
    def typecode(self):
        return self._t

    @property
    def itemsize(self):
        return _struct.calcsize(self._fmt(1))

    def _fmt(self, n):
        return '%d%s' % (n, _STRUCT.get(self._t, self._t))

    def buffer_info(self):
        return (id(self), len(self._v))

    # ----- sequence protocol -----

    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return iter(self._v)

    def __contains__(self, x):
        return x in self._v

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._v[i])
        try:
            return self._v[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            if not isinstance(x, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(x).__name__)
            if x._t != self._t:
                raise TypeError("bad argument type for built-in operation")
            values = list(x._v)
            start, stop, step = i.indices(len(self._v))
            if step != 1:
                count = len(range(start, stop, step))
                if len(values) != count:
                    raise ValueError("attempt to assign array of size %d to "
                                     "extended slice of size %d" % (len(values), count))
            self._v[i] = values
            return
        x = self._check(x)
        try:
            self._v[i] = x
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._v[i]
            return
        try:
            del self._v[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _new(self, values):
        a = array(self._t)
        a._v = values
        return a

    # ----- operators -----

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._t != self._t:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._v + other._v)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._t != self._t:
            raise TypeError("can only extend with array of same kind")
        self._v.extend(other._v)
        return self

    def __mul__(self, n):
        return self._new(self._v * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._v *= _index(n)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v == other._v

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v != other._v

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v < other._v

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v <= other._v

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v > other._v

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v >= other._v

    def __repr__(self):
        if not self._v:
            return "array('%s')" % self._t
        if self._t == 'u':
            return "array('u', %r)" % (''.join(self._v),)
        return "array('%s', %r)" % (self._t, self._v)

    def __copy__(self):
        return self._new(list(self._v))

    def __deepcopy__(self, memo):
        return self._new(list(self._v))

    # ----- methods -----

    def append(self, x):
        self._v.append(self._check(x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._t != self._t:
                raise TypeError("can only extend with array of same kind")
            self._v.extend(iterable._v)
            return
        for x in iterable:
            self._v.append(self._check(x))

    def insert(self, i, x):
        self._v.insert(_index(i), self._check(x))

    def pop(self, i=-1):
        if not self._v:
            raise IndexError("pop from empty array")
        try:
            return self._v.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, x):
        for i, y in enumerate(self._v):
            if y == x:
                del self._v[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, x, start=0, stop=None):
        n = len(self._v)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if self._v[i] == x:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, x):
        return sum(1 for y in self._v if y == x)

    def reverse(self):
        self._v.reverse()

    def tolist(self):
        return list(self._v)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._v.extend([self._check(x) for x in lst])

    def tobytes(self):
        if self._t == 'u':
            return _struct.pack(self._fmt(len(self._v)), *map(ord, self._v))
        return _struct.pack(self._fmt(len(self._v)), *self._v)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._fmt(len(data) // size), data)
        if self._t == 'u':
            values = [chr(c) for c in values]
        self._v.extend(values)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._v = []
        self.frombytes(swapped)

    def tounicode(self):
        if self._t != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._v)

    def fromunicode(self, s):
        if self._t != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(s).__name__)
        self._v.extend(s)


ArrayType = array
