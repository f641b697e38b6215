def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)])
best = max(range(1, 3000), key=collatz)
print(best, collatz(best))
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print(digit_sum(2 ** 1000), sum(int(c) for c in str(2 ** 1000)))
print(int(str(12345)[::-1]))
