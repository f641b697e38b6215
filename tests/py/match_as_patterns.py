# `as` patterns bind the whole matched value.

for v in [[1, 2], [1, [2, 3]], (4, 5), "s"]:
    match v:
        case [1, [_, _] as inner] as whole:
            print("inner", inner, "whole", whole)
        case [_, _] as pair:
            print("pair", pair, type(pair).__name__)
        case str() as s:
            print("string", s)

match {"user": {"name": "ann", "tags": ["a", "b"]}}:
    case {"user": {"name": str() as name, "tags": [*_] as tags} as user}:
        print(name, tags, sorted(user))

match 5:
    case (1 | 5 | 9) as digit:
        print("digit", digit)

match [0, 1, 2]:
    case [*_, (2 as two)] as all_of_it:
        print(two, all_of_it)

# as-binding of a capture pattern: both names refer to the same object.
obj = object()
match obj:
    case (x as y):
        print(x is y is obj)
