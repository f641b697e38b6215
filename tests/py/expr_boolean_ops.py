print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0)
print(not 0, not 1, not '', not 'a', not [], not [0])
def t(x):
    print('eval', x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(bool(0.0), bool(-0.0), bool(1e-300), bool(None), bool(()), bool((0,)))
print([] or {} or 'last')
