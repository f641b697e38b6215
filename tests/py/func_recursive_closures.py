def make_walker():
    out = []
    def walk(node, depth=0):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append((node, depth))
    return walk, out
walk, out = make_walker()
walk([1, [2, [3, 4]], 5])
print(out)
def flatten(x):
    if not isinstance(x, list):
        return [x]
    r = []
    for e in x:
        r.extend(flatten(e))
    return r
print(flatten([[1, [2]], [[[3]]], 4]))
