# The rest of the gc module: collect(generation), is_tracked, garbage,
# callbacks, get_objects.
import gc

print(gc.garbage, gc.callbacks)
print(type(gc.collect()).__name__)
for g in (0, 1, 2):
    print(g, gc.collect(g) >= 0, gc.collect(generation=g) >= 0)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.collect(1, 2)
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked(A()), gc.is_tracked(A))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)))
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError:", e)

marker = [1, 2, 3, "marker"]
print(type(gc.get_objects()).__name__, any(o is marker for o in gc.get_objects()))

# collect() counts what it found: a lone self-referencing list is one.
gc.disable()
gc.collect()
x = []
x.append(x)
del x
print(gc.collect())
gc.enable()
