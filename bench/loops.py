# Nested loops with integer arithmetic.
def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 - (i ^ j) & 15
        total %= 1000000007
    return total
print(work(2800))
