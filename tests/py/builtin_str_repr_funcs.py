vals = [1, -2.5, 'str', b'by', None, True, [1, 'a'], (1,), {'k': [1]}, {1, 2}, frozenset([3]), range(3), slice(1, 2)]
for v in vals:
    print(str(v), '|', repr(v))
print(repr(repr('x')), str(str(1)))
print(ascii('é') if False else 'skip ascii')
