# generators dropped while suspended inside try/finally or with are closed
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def with_gen():
    with CM():
        yield 1
        yield 2
def finally_gen(tag):
    try:
        yield tag
        yield tag + "!"
    finally:
        print("finally", tag)
def plain_gen():
    yield "no handler"
    yield "never"
g = with_gen()
print(next(g))
g = None
print("after rebinding with_gen")
for v in finally_gen("loop"):
    print("got", v)
    break
print("after break")
def consume():
    h = finally_gen("local")
    next(h)
    print("leaving consume")
consume()
print("after consume")
p = plain_gen()
next(p)
del p
print("plain dropped")
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches()
next(c)
del c
unstarted = finally_gen("never started")
del unstarted
print("unstarted dropped silently")
finished = finally_gen("done")
print(list(finished))
del finished
print(next(iter(finally_gen("temp"))))
print("end")
