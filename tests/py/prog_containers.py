# Binary search tree, trie and linked list with the container protocols.

class LinkedList:
    class _Node:
        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = [key, value, None, None]
            self.count += 1
            return
        node = self.root
        while True:
            if key == node[0]:
                node[1] = value
                return
            side = 2 if key < node[0] else 3
            if node[side] is None:
                node[side] = [key, value, None, None]
                self.count += 1
                return
            node = node[side]

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node[2]
            node = stack.pop()
            yield node[0]
            node = node[3]

    def height(self, node=None, top=True):
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node[2], False), self.height(node[3], False))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[2] if key < node[0] else node[3]
        return False

    def __len__(self):
        return self.count

    def __bool__(self):
        return self.count > 0


class Trie:
    def __init__(self):
        self.root = {}

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def __contains__(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return "$" in node

    def with_prefix(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []

        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        walk(node, prefix)
        return out


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), 4 in ll, 9 in ll, ll[0], ll[-1], list(ll)[1:3])
ll.push(9)
ll.reverse()
print(ll, ll.pop(), sum(ll), sorted(ll), max(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(bool(empty), len(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    tree.insert(k, str(k))
print(list(tree), len(tree), tree.height(), 45 in tree, 55 in tree, bool(BST()))
it = iter(tree)
print(next(it), next(it), list(zip(it, "abc")))

t = Trie()
for w in "car cart carbon cat dog dot do".split():
    t.add(w)
print("car" in t, "ca" in t, "do" in t, "doge" in t)
print(t.with_prefix("car"), t.with_prefix("do"), t.with_prefix("x"), t.with_prefix(""))
