data = [1, 5, 12, 3, 20, 7]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print('i', i)
vals = iter([3, 2, 1, 0, 9])
while (v := next(vals)) != 0:
    print('v', v)
print((z := 5) + z)
def f():
    if (r := [1, 2, 3]):
        return r
print(f())
total = 0
print([total := total + k for k in range(5)], total)
