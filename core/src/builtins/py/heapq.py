"""heapq: binary min-heaps kept in plain lists. Gilt's own implementation
matching CPython 3.11's observable behaviour: items move (and get compared)
the same way, so heaps end up with the same layout."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _min_first(a, b):
    return a < b


def _max_first(a, b):
    return b < a


def _rise(heap, floor, slot, first):
    """Move heap[slot] up towards `floor` while it goes first."""
    moving = heap[slot]
    while slot > floor:
        up = (slot - 1) >> 1
        if not first(moving, heap[up]):
            break
        heap[slot] = heap[up]
        slot = up
    heap[slot] = moving


def _sink(heap, slot, first):
    """Re-settle heap[slot]: pull the winning child up level by level down
    to a leaf, then let the displaced item rise from there."""
    size = len(heap)
    origin = slot
    moving = heap[slot]
    while True:
        child = 2 * slot + 1
        if child >= size:
            break
        if child + 1 < size and not first(heap[child], heap[child + 1]):
            child += 1
        heap[slot] = heap[child]
        slot = child
    heap[slot] = moving
    _rise(heap, origin, slot, first)


def _take_args(name, args, count):
    if len(args) != count:
        if count == 1:
            raise TypeError('_heapq.%s() takes exactly one argument (%d given)'
                            % (name, len(args)))
        raise TypeError('%s expected %d arguments, got %d'
                        % (name, count, len(args)))
    heap = args[0]
    if not isinstance(heap, list):
        where = 'argument' if count == 1 else 'argument 1'
        raise TypeError('%s() %s must be list, not %s'
                        % (name, where, type(heap).__name__))
    return args


def _pop_top(heap, first):
    tail = heap.pop()
    if not heap:
        return tail
    smallest, heap[0] = heap[0], tail
    _sink(heap, 0, first)
    return smallest


def _swap_top(heap, item, first):
    smallest, heap[0] = heap[0], item
    _sink(heap, 0, first)
    return smallest


def _build(heap, first):
    for slot in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, slot, first)


def heappush(*args):
    """Add an item to the heap."""
    heap, item = _take_args('heappush', args, 2)
    heap.append(item)
    _rise(heap, 0, len(heap) - 1, _min_first)


def heappop(*args):
    """Remove and return the smallest item."""
    heap, = _take_args('heappop', args, 1)
    if not heap:
        raise IndexError('index out of range')
    return _pop_top(heap, _min_first)


def heapreplace(*args):
    """Remove and return the smallest item, then add `item`."""
    heap, item = _take_args('heapreplace', args, 2)
    if not heap:
        raise IndexError('index out of range')
    return _swap_top(heap, item, _min_first)


def heappushpop(*args):
    """Add `item`, then remove and return the smallest item."""
    heap, item = _take_args('heappushpop', args, 2)
    if not heap or not heap[0] < item:
        return item
    return _swap_top(heap, item, _min_first)


def heapify(*args):
    """Rearrange a list into heap order, in place."""
    heap, = _take_args('heapify', args, 1)
    _build(heap, _min_first)


def _heappop_max(heap):
    return _pop_top(heap, _max_first)


def _heapreplace_max(heap, item):
    return _swap_top(heap, item, _max_first)


def _heapify_max(heap):
    _build(heap, _max_first)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted inputs into one sorted stream."""
    if reverse:
        build, drop, swap, sign = (_heapify_max, _heappop_max,
                                   _heapreplace_max, -1)
    else:
        build, drop, swap, sign = heapify, heappop, heapreplace, 1
    # entry: [sort key, tie-break rank, value, pull]; ranks are unique, so
    # comparisons never reach the value itself.
    entries = []
    for rank, source in enumerate(iterables):
        pull = iter(source).__next__
        try:
            value = pull()
            entries.append([value if key is None else key(value),
                            rank * sign, value, pull])
        except StopIteration:
            pass
    build(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            value = top[3]()
            top[0] = value if key is None else key(value)
        except StopIteration:
            drop(entries)
            continue
        top[2] = value
        swap(entries, top)
    if entries:
        value, pull = entries[0][2:]
        yield value
        while True:
            try:
                value = pull()
            except StopIteration:
                return
            yield value


def _just_one(pick, iterable, key):
    nothing = object()
    if key is None:
        found = pick(iter(iterable), default=nothing)
    else:
        found = pick(iter(iterable), default=nothing, key=key)
    return [] if found is nothing else [found]


def nsmallest(n, iterable, key=None):
    """The n smallest items: like sorted(iterable, key=key)[:n]."""
    if n == 1:
        return _just_one(min, iterable, key)
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: like sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        return _just_one(max, iterable, key)
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
