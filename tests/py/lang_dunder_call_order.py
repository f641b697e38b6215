# which dunder the interpreter calls, in which order, for common statements
log = []
class Spy:
    def __init__(self, name):
        self.name = name
    def __getattribute__(self, k):
        if not k.startswith("__"):
            log.append("getattribute " + k)
        return object.__getattribute__(self, k)
    def __getattr__(self, k):
        log.append("getattr " + k)
        return "dyn"
    def __setattr__(self, k, v):
        log.append("setattr " + k)
        object.__setattr__(self, k, v)
    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return k
    def __setitem__(self, k, v):
        log.append("setitem %r" % (k,))
    def __iter__(self):
        log.append("iter")
        return iter([1, 2])
    def __len__(self):
        log.append("len")
        return 2
    def __bool__(self):
        log.append("bool")
        return True
    def __contains__(self, x):
        log.append("contains")
        return False
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *a):
        log.append("exit")
    def __index__(self):
        log.append("index")
        return 1
s = Spy("s")
s.name
s.missing
s.x = 1
s[1:2]
s[0] = 0
a, b = s
if s:
    pass
5 in s
with s:
    pass
[0, 1][s]
list(s)
for line in log:
    print(line)
