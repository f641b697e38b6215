# Huffman trees: build a tree with heapq, encode/decode, and bit packing.
import heapq
from collections import Counter


class Node:
    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right

    def is_leaf(self):
        return self.symbol is not None


def build_tree(text):
    freq = Counter(text)
    heap = [(w, i, Node(w, s)) for i, (s, w) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        w, _, only = heap[0]
        return Node(w, left=only)
    while len(heap) > 1:
        w1, _, a = heapq.heappop(heap)
        w2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (w1 + w2, counter, Node(w1 + w2, left=a, right=b)))
        counter += 1
    return heap[0][2]


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
    else:
        if node.left:
            codes(node.left, prefix + "0", table)
        if node.right:
            codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join(table[c] for c in text)


def decode(bits, tree):
    out = []
    node = tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = tree
    return "".join(out)


def pack(bits):
    pad = -len(bits) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad


def unpack(data, pad):
    bits = "".join(f"{b:08b}" for b in data)
    return bits[:len(bits) - pad] if pad else bits


for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    tree = build_tree(text)
    table = codes(tree)
    bits = encode(text, table)
    data, pad = pack(bits)
    back = decode(unpack(data, pad), tree)
    print(repr(text))
    print("  codes:", " ".join(f"{s!r}={c}" for s, c in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))))
    print(f"  {len(text) * 8} bits -> {len(bits)} bits ({len(data)} bytes, pad {pad}), ratio {len(bits) / (len(text) * 8):.3f}")
    print("  packed:", data.hex(), "round trip:", back == text)
    avg = sum(len(table[c]) * n for c, n in Counter(text).items()) / len(text)
    print(f"  average code length {avg:.4f}")
