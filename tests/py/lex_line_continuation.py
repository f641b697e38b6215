total = 1 + \
    2 + \
    3
print(total)
values = (
    'a'
    'b'
    'c'
)
print(values)
def g(*args,
      **kw):
    return len(args), sorted(kw)
print(g(1, 2,
        3, key=1,
        other=2))
cond = (total > 5 and
        values == 'abc')
print(cond)
lst = [x
       for x in range(5)
       if x % 2]
print(lst)
