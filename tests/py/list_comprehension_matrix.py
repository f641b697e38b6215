m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m)
t = [list(row) for row in zip(*m)]
print(t)
print([x for row in m for x in row if x % 2 == 0])
print(sum(m[i][i] for i in range(3)))
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in ident:
    print(' '.join(str(v) for v in row))
aliased = [[0] * 3] * 3
aliased[0][0] = 1
print(aliased)
fresh = [[0] * 3 for _ in range(3)]
fresh[0][0] = 1
print(fresh)
