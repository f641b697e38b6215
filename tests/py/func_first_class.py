def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, 'abc'))
ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b}
for name in ['add', 'sub']:
    print(name, ops[name](10, 4))
funcs = [str.upper, str.lower, len]
print([f('MiXed') for f in funcs])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda x: x - 10)(3))
print(callable(apply), callable(3), callable(str), callable(lambda: 0))
m = 'abc'.upper
print(m())
print(list(map(pow, [2, 3], [5, 2])))
