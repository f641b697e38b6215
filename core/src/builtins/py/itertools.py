"""itertools: functions creating iterators for efficient looping (Gilt's
own implementation, matching CPython 3.11's observable behaviour). Argument
errors are raised when the iterator is created, as CPython does; iteration
itself is done by small generators."""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _typename(x):
    return type(x).__name__


def _npos(name, args, lo, hi):
    # The C functions' positional-count errors ("cycle expected 1 argument, got 0").
    n = len(args)
    if n < lo:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if lo == hi else 'at least ', lo, '' if lo == 1 else 's', n))
    if n > hi:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, '' if lo == hi else 'at most ', hi, '' if hi == 1 else 's', n))


_MISSING = object()


def _need(value, fname, name, pos):
    if value is _MISSING:
        raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, name, pos))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, (int, float)) or hasattr(t, '__index__')
                    or hasattr(t, '__float__') or hasattr(t, '__int__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


def _repeat_args(*args, **kwargs):
    for k in kwargs:
        if k not in ('object', 'times'):
            raise TypeError(f"repeat() got an unexpected keyword argument '{k}'")
    if len(args) > 2:
        raise TypeError(f"repeat() takes at most 2 arguments ({len(args)} given)")
    if 'object' in kwargs:
        if args:
            raise TypeError("argument for repeat() given by name ('object') and position (1)")
        return kwargs['object'], kwargs.get('times')
    if not args:
        raise TypeError("repeat() missing required argument 'object' (pos 1)")
    if len(args) == 2:
        if 'times' in kwargs:
            raise TypeError("argument for repeat() given by name ('times') and position (2)")
        return args[0], args[1]
    return args[0], kwargs.get('times')


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, *args, **kwargs):
        object, times = _repeat_args(*args, **kwargs)
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % _typename(times))
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args):
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument (%d given)' % len(args))
        iterable, = args
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def cycle(*args):
    _npos('cycle', args, 1, 1)
    iterable, = args
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


def accumulate(iterable=_MISSING, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    _need(iterable, 'accumulate', 'iterable', 1)
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total
    return gen()


def compress(data=_MISSING, selectors=_MISSING):
    """Return data elements corresponding to true selector elements."""
    _need(data, 'compress', 'data', 1)
    _need(selectors, 'compress', 'selectors', 2)
    d = iter(data)
    s = iter(selectors)

    def gen():
        for x, keep in zip(d, s):
            if keep:
                yield x
    return gen()


def dropwhile(*args):
    _npos('dropwhile', args, 2, 2)
    predicate, iterable = args
    """Drop items from the iterable while predicate(item) is true."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(*args):
    _npos('takewhile', args, 2, 2)
    predicate, iterable = args
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


def filterfalse(*args):
    _npos('filterfalse', args, 2, 2)
    function, iterable = args
    """Return those items of iterable for which function(item) is false."""
    it = iter(iterable)

    def gen():
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x
    return gen()


def starmap(*args):
    _npos('starmap', args, 2, 2)
    function, iterable = args
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    it = iter(iterable)

    def gen():
        for args in it:
            yield function(*tuple(args))
    return gen()


def pairwise(*args):
    _npos('pairwise', args, 1, 1)
    iterable, = args
    """Return an iterator of overlapping pairs taken from the input iterator."""
    it = iter(iterable)

    def gen():
        for a in it:
            for b in it:
                yield a, b
                a = b
            return
    return gen()


def _islice_index(v, msg):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        raise ValueError(msg) from None
    if v < 0 or v > _sys.maxsize:
        raise ValueError(msg)
    return v


def islice(*args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    _npos('islice', args, 2, 4)
    iterable, args = args[0], args[1:]
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    if nargs == 1:
        start, step = 0, 1
        stop = _islice_index(args[0], 'Stop argument for islice() must be None or '
                                      'an integer: 0 <= x <= sys.maxsize.')
    else:
        msg = ('Indices for islice() must be None or an integer: '
               '0 <= x <= sys.maxsize.')
        start = _islice_index(args[0], msg)
        stop = _islice_index(args[1], msg)
        step = 1
        if nargs == 3 and args[2] is not None:
            try:
                step = args[2].__index__()
            except AttributeError:
                step = -1
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        if start is None:
            start = 0
    it = iter(iterable)

    def gen():
        nxt = start
        i = 0
        if stop is not None and stop <= start:
            for i, element in zip(range(stop), it):
                pass
            return
        for element in it:
            if i == nxt:
                yield element
                nxt += step
                if stop is not None and nxt >= stop:
                    # Consume up to stop, as CPython does.
                    for _ in zip(range(stop - i - 1), it):
                        pass
                    return
            i += 1
    return gen()


def zip_longest(*args, **kwargs):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument."""
    fillvalue = kwargs.pop('fillvalue', None)
    if kwargs:
        raise TypeError("zip_longest() got an unexpected keyword argument")
    iterators = [iter(it) for it in args]

    def gen():
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable=_MISSING, key=None):
        _need(iterable, 'groupby', 'iterable', 1)
        if key is None:
            key = lambda x: x
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        # A cell of the buffer shared by all copies: [value, next cell].
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            value = next(self._it)
            nxt = link[1]
            if nxt is None:
                nxt = link[1] = [value, None]
        self._link = nxt
        return nxt[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(*args):
    """Returns a tuple of n independent iterators."""
    _npos('tee', args, 1, 2)
    iterable, n = (args + (2,))[:2]
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % _typename(n))
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    copyfunc = getattr(it, '__copy__', None)
    if copyfunc is not None:
        copyable = it
    else:
        copyable = _tee(it, [None, None])
        copyfunc = copyable.__copy__
    return tuple([copyable] + [copyfunc() for _ in range(n - 1)])


def product(*args, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % _typename(repeat))
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat

    def gen():
        # An odometer over the pools: one tuple at a time, as CPython does.
        if any(not pool for pool in pools):
            return
        n = len(pools)
        idx = [0] * n
        cur = [pool[0] for pool in pools]
        yield tuple(cur)
        while True:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    cur[i] = pools[i][idx[i]]
                    break
                idx[i] = 0
                cur[i] = pools[i][0]
                i -= 1
            if i < 0:
                return
            yield tuple(cur)
    return gen()


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % _typename(r))
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable=_MISSING, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    _need(iterable, 'permutations', 'iterable', 1)
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    _check_r(r)

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return gen()


def combinations(iterable=_MISSING, r=_MISSING):
    """Return successive r-length combinations of elements in the iterable."""
    _need(iterable, 'combinations', 'iterable', 1)
    _need(r, 'combinations', 'r', 2)
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return gen()


def combinations_with_replacement(iterable=_MISSING, r=_MISSING):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    _need(iterable, 'combinations_with_replacement', 'iterable', 1)
    _need(r, 'combinations_with_replacement', 'r', 2)
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return gen()
