# a linked list with the sequence protocol implemented by hand
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
            self._len += 1
    def __len__(self):
        return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __contains__(self, x):
        print("custom contains")
        return any(v == x for v in self)
    def __reversed__(self):
        return reversed(list(self))
    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(map(repr, self))
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __bool__(self):
        return self.head is not None
    def push(self, x):
        self.head = Node(x, self.head)
        self._len += 1
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], ll[1:3], list(reversed(ll)), 2 in ll, 9 in ll)
print(ll == LinkedList([0, 1, 2, 3]), ll + LinkedList(["x"]), bool(LinkedList()), sum(ll), sorted(ll, reverse=True))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
a, b, *rest = ll
print(a, b, rest, dict(enumerate(ll)), max(ll), list(zip(ll, "abcd")))
print([x * 2 for x in ll if x], ", ".join(str(x) for x in ll))
