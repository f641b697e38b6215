for i in range(-2, 3):
    s = 'neg' if i < 0 else 'zero' if i == 0 else 'pos'
    print(i, s)
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print([f(i) for i in range(5)])
x = [1, 2] if len('ab') == 2 else None
print(x)
print((lambda: 1 if False else 2)())
