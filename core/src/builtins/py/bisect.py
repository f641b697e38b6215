"""bisect: binary search in sorted sequences (Gilt's own implementation,
matching the observable behaviour of CPython 3.11, including key=)."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left',
           'insort_right']


def _as_int(value):
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return hook(value)


def _window(seq, lo, hi):
    """Validate lo/hi and return the search window [lo, hi)."""
    lo = _as_int(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        return lo, len(seq)
    if getattr(type(hi), '__index__', None) is None:
        raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
    hi = _as_int(hi)
    # Like CPython, an explicit -1 also means "up to the end".
    return lo, (len(seq) if hi == -1 else hi)


def _search(seq, x, lo, hi, key, go_right):
    """Shared loop: first index whose item is > x (go_right) or >= x."""
    lo, hi = _window(seq, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = seq[middle] if key is None else key(seq[middle])
        if (not x < probe) if go_right else (probe < x):
            lo = middle + 1
        else:
            hi = middle
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x into sorted a, after any equal items."""
    return _search(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index at which to insert x into sorted a, before any equal items."""
    return _search(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any equal items."""
    target = x if key is None else key(x)
    where = _search(a, target, lo, hi, key, True)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any equal items."""
    target = x if key is None else key(x)
    where = _search(a, target, lo, hi, key, False)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
