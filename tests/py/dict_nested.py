db = {}
def add(user, key, value):
    db.setdefault(user, {}).setdefault(key, []).append(value)
add('ann', 'tags', 'x')
add('ann', 'tags', 'y')
add('bob', 'tags', 'z')
add('ann', 'likes', 'tea')
print(db)
for user, info in db.items():
    for key, vals in info.items():
        print(user, key, vals)
inv = {}
for user, info in db.items():
    for tag in info.get('tags', []):
        inv[tag] = user
print(inv)
tree = {'a': {'b': {'c': 1}, 'd': 2}, 'e': 3}
def depth(t):
    if not isinstance(t, dict):
        return 0
    return 1 + max((depth(v) for v in t.values()), default=0)
print(depth(tree))
def paths(t, prefix=''):
    for k, v in t.items():
        if isinstance(v, dict):
            yield from paths(v, prefix + k + '.')
        else:
            yield prefix + k, v
print(list(paths(tree)))
