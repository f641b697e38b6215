# gc thresholds and counts.
import gc

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))

for args in [(), (1, 2, 3, 4), ("a",), (1.5,)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.get_threshold(1)
except TypeError as e:
    print("TypeError:", e)

# Automatic collection: with a small threshold, cycles made in a loop are
# collected along the way.
log = []


class C:
    def __del__(self):
        log.append(1)


gc.set_threshold(50)
for i in range(2000):
    c = C()
    c.me = c
del c
print("collected automatically:", len(log) > 0)
gc.collect()
print("all finalised:", len(log) == 2000)

# Threshold 0 turns automatic collection off.
log.clear()
gc.set_threshold(0)
for i in range(2000):
    c = C()
    c.me = c
del c
print("none while off:", len(log))
gc.collect()
print("after collect:", len(log))
gc.set_threshold(700, 10, 10)
