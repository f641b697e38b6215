grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * c
print(grid)
row = grid[1]
row.append('extra')
print(grid[1])
copy = [r[:] for r in grid]
copy[0][0] = 'changed'
print(grid[0][0], copy[0][0])
acc = []
for i in range(3):
    acc += [i] * i
print(acc)
pairs = [[i, i * i] for i in range(4)]
for p in pairs:
    p.reverse()
print(pairs)
