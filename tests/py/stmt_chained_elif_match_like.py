def describe(v):
    if isinstance(v, bool):
        return 'bool'
    elif isinstance(v, int):
        return 'int'
    elif isinstance(v, float):
        return 'float'
    elif isinstance(v, str):
        return 'str'
    elif isinstance(v, (list, tuple)):
        return 'sequence of ' + str(len(v))
    elif v is None:
        return 'none'
    return 'other'
for v in [True, 1, 1.5, 's', [1], (1, 2), None, {}]:
    print(repr(v), describe(v))
