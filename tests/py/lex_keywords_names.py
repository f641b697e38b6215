# identifiers, unicode names, soft keywords used as names
café = 'coffee'
π = 3
print(café, π)
match = 1
case = 2
_ = 3
print(match + case + _)
__private_like = 'ok'
print(__private_like)
name_with_digits123 = 123
print(name_with_digits123)
print(True and not False, None is None)
type_ = 'type'
print(type_)
