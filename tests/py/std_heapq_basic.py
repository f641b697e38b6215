import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heapreplace(data, 10), data)
tasks = []
for pri, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (pri, name))
while tasks:
    print(heapq.heappop(tasks))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
heapq.heapify(words)
print(words, heapq.heappop(words))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify('abc'), lambda: heapq.heappush([1], 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
