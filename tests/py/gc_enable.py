# gc.enable / gc.disable / gc.isenabled and their effect on automatic
# collection.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
log = []


class C:
    def __del__(self):
        log.append(1)


for i in range(3000):
    c = C()
    c.me = c
del c
print("disabled, nothing collected:", len(log))
print("collect still works:", gc.collect() > 0, len(log))

gc.enable()
print(gc.isenabled())
log.clear()
for i in range(3000):
    c = C()
    c.me = c
del c
print("enabled, collected on the way:", 0 < len(log) <= 3000)
gc.collect()
print(len(log))

for f in (gc.enable, gc.disable, gc.isenabled):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
gc.enable()
