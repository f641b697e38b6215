l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print(x)
print(l)
d = {'a': 1, 'b': 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(d)
nums = list(range(10))
for n in nums[:]:
    if n % 3 == 0:
        nums.remove(n)
print(nums)
try:
    dd = {1: 1}
    for k in dd:
        dd[k + 1] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
