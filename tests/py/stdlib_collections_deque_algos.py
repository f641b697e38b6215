from collections import deque
def sliding_max(nums, k):
    dq = deque(); out = []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
def tail(iterable, n): return list(deque(iterable, maxlen=n))
print(tail(range(100), 3), tail("ab", 5), tail([], 2))
def moving_average(it, n=3):
    d = deque(maxlen=n); out = []
    for x in it:
        d.append(x)
        if len(d) == n:
            out.append(sum(d) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44]))
def josephus(n, k):
    d = deque(range(1, n + 1)); order = []
    while d:
        d.rotate(-(k - 1)); order.append(d.popleft())
    return order
print(josephus(7, 3), josephus(1, 5))
def bfs(grid, start):
    rows, cols = len(grid), len(grid[0]); dist = {start: 0}; q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1; q.append((nr, nc))
    return dist
g = ["..#.", ".##.", "....", "#..#"]
d = bfs(g, (0, 0)); print(len(d), d[(0, 3)], max(d.values()))
def palindrome(s):
    d = deque(ch.lower() for ch in s if ch.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print(palindrome("A man, a plan, a canal: Panama"), palindrome("abca"))
dq = deque(range(10))
dq.rotate(3); print(dq); dq.rotate(-13); print(dq)
print(dq[4], dq[-4], dq.index(5, 3, 9), list(reversed(dq))[:3], sum(dq), sorted(dq, reverse=True)[:2])
big = deque(range(100000)); big.rotate(12345); print(big[0], big[-1], len(big))
for i in range(0, 100000, 25000): big[i] = -i
print(big[0], big[25000], big.count(-25000))
stack = deque(); [stack.append(c) for c in "abc"]; print(stack.pop(), stack.pop(), stack)
d2 = deque([1, 2, 3], 2); print(d2, d2.maxlen); d2.appendleft(0); print(d2)
try:
    d2.maxlen = 5
except AttributeError as e:
    print("AttributeError", e)
