# An LRU cache class built on a dict + doubly linked list, compared with
# functools.lru_cache and an OrderedDict version.
from collections import OrderedDict
from functools import lru_cache


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRU:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRU({self.capacity}) {{{items}}}"


class OrderedLRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key, last=False)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key, last=False)
        self[key] = value
        self.move_to_end(key, last=False)
        if len(self) > self.capacity:
            self.popitem(last=True)


cache = LRU(3)
other = OrderedLRU(3)
ops = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("put", "c", 3), ("put", "d", 4),
       ("get", "b"), ("get", "c"), ("put", "a", 10), ("put", "e", 5), ("get", "d"), ("get", "a")]
for op in ops:
    if op[0] == "put":
        cache.put(op[1], op[2])
        other.put(op[1], op[2])
        print(f"put {op[1]}={op[2]:<3} -> {cache}")
    else:
        r1, r2 = cache.get(op[1]), other.get(op[1])
        print(f"get {op[1]}      -> {r1} {r2} {r1 == r2}")
print(list(cache), list(other), len(cache), "e" in cache, "b" in cache)
print("hits", cache.hits, "misses", cache.misses, "evictions", cache.evictions)
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)

calls = []


@lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    slow_square(n)
print("computed:", calls)
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(150), fib.cache_info().currsize)
