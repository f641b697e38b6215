# comments and indentation
x = 1  # trailing comment
if x:
    # comment at deeper indent
        # oddly indented comment
    y = 2
    if y:
      z = 3   # two-space block
      print(x, y, z)
total = (1 +
         2 +
    3)
print(total)
items = [
    1,
    2,  # comment inside brackets
    3,
]
print(items)
d = {'a': 1,
'b': 2}
print(d)
def f(a,
      b=2):
    return a + \
        b
print(f(1))
if True: print('one-liner'); print('semicolons')
