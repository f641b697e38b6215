print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 1]))
print(all('abc'), any(''), all([[], [1]]), any([[], [1]]))
def noisy(v):
    print('check', v)
    return v
print(all(noisy(x) for x in [1, 0, 1]))
print(any(noisy(x) for x in [0, 1, 0]))
