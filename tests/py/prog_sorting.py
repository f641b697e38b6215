# Sorting algorithms with key functions, stability checks and comparisons.
import functools
import random


def insertion_sort(a, key=lambda x: x):
    a = list(a)
    for i in range(1, len(a)):
        item = a[i]
        j = i - 1
        while j >= 0 and key(a[j]) > key(item):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = item
    return a


def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return (quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick_sort([x for x in a if x > pivot]))


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a


def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]


random.seed(7)
data = [random.randint(-50, 50) for _ in range(40)]
print(data)
expected = sorted(data)
for fn in (insertion_sort, merge_sort, quick_sort, heap_sort, counting_sort):
    print(f"{fn.__name__:<15}", fn(data) == expected)
print(expected[:10], expected[-5:])

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40), ("fay", 31)]
print(merge_sort(people, key=lambda p: p[1]))
print(insertion_sort(people, key=lambda p: -p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = "banana Apple cherry apple Banana date Elder fig".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))


def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(words, key=functools.cmp_to_key(compare)))
print(max(words, key=len), min(words), sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1]))
nums = [3.5, -1, 2, 10 ** 20, 0.1, True, -7.25]
print(sorted(nums), sorted(nums, key=abs))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
data.sort(key=lambda x: (x % 3, x))
print(data[:12])
shuffled = list(range(20))
random.shuffle(shuffled)
print(shuffled, sorted(shuffled) == list(range(20)))
print(random.sample(range(100), 5), random.choice("abcdef"), round(random.random(), 6))
