def total(*nums):
    print(type(nums).__name__, len(nums))
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
print(total(*range(10)))
def first_rest(first, *rest):
    return first, rest
print(first_rest('a'), first_rest('a', 'b', 'c'))
def wrap(*a, **k):
    return inner(*a, **k)
def inner(x, y=0, *, z=0):
    return x + y + z
print(wrap(1), wrap(1, 2), wrap(1, z=5), wrap(x=1, y=1, z=1))
