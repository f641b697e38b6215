# nested loops with break/continue/else, loop variables after the loop
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print("pair", i, j)
    else:
        print("inner completed for", i)
print("i after loop", i, "j after loop", j)
for k in []:
    pass
else:
    print("empty for runs else")
try:
    k
except NameError as e:
    print(type(e).__name__, e)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    break
print("n", n)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)
count = 0
while count < 5:
    count += 1
else:
    print("while else ran", count)
for x in range(3):
    pass
print(x)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for idx, ch in enumerate("hey", start=10):
    print(idx, ch, end=" ")
print()
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.remove(item)
print(lst)
d = {"a": 1}
try:
    for key in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for v in s:
        s.add(v + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
