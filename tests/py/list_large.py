l = list(range(100000))
print(len(l), l[-1], sum(l))
l2 = [x * 2 for x in l if x % 1000 == 0]
print(len(l2), l2[:5], l2[-1])
l.reverse()
print(l[:3])
l.sort()
print(l[:3], l[-3:])
del l[10:]
print(l)
big = [0] * 10 ** 5
big[50000] = 1
print(big.index(1), big.count(0))
