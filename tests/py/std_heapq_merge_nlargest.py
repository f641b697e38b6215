import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge('acd', 'be')), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(['dog', 'ant'], ['bird', 'cat'], key=len)), list(heapq.merge([3, 1], [2], key=lambda x: -x)))
print(list(heapq.merge([(1, 'b')], [(1, 'a')])), list(heapq.merge([1, 1], [1, 1])))
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-1, nums), heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(2, []))
portfolio = [{'name': 'IBM', 'price': 91.1}, {'name': 'AAPL', 'price': 543.22}, {'name': 'FB', 'price': 21.09},
             {'name': 'HPQ', 'price': 31.75}, {'name': 'YHOO', 'price': 16.35}]
print([p['name'] for p in heapq.nsmallest(2, portfolio, key=lambda s: s['price'])])
print([p['name'] for p in heapq.nlargest(2, portfolio, key=lambda s: s['price'])])
print(heapq.nlargest(2, ['b', 'a', 'c', 'B'], key=str.lower), heapq.nsmallest(3, 'hello world'), heapq.nlargest(2, iter([1, 5, 3])))
pairs = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
