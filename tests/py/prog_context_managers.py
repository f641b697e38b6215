# Context managers: class-based, a hand-written contextmanager decorator for
# generators, suppression, nesting, ExitStack-like cleanup and timing-free
# resource tracking.

class Resource:
    open_count = 0

    def __init__(self, name, log, fail_on_exit=False):
        self.name = name
        self.log = log
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.open_count += 1
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.open_count -= 1
        what = exc_type.__name__ if exc_type else "ok"
        self.log.append(f"close {self.name} ({what})")
        if self.fail_on_exit:
            raise RuntimeError(f"close of {self.name} failed")
        return False


class suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


class _GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwargs):
        return _GeneratorCM(func(*args, **kwargs))
    helper.__name__ = func.__name__
    return helper


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        out.append(f"<!-- swallowed KeyError {e} -->")
    finally:
        out.append(f"</{name}>")


class ExitStack:
    def __init__(self):
        self.callbacks = []

    def enter_context(self, cm):
        value = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return value

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        pending = exc_info
        suppressed = False
        while self.callbacks:
            cb = self.callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except BaseException as e:
                pending = (type(e), e, e.__traceback__)
                suppressed = False
        if pending[1] is not None and pending[1] is not exc_info[1]:
            raise pending[1]
        return suppressed


log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"using {a.name}+{b.name} open={Resource.open_count}")
print(log, Resource.open_count)

log = []
try:
    with Resource("outer", log):
        with Resource("inner", log):
            raise ValueError("bad value")
except ValueError as e:
    log.append(f"caught {e}")
print(log)

with suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed:", type(s.caught).__name__, s.caught)
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

out = []
with tag("html", out):
    with tag("body", out) as name:
        out.append(f"name={name}")
with tag("div", out):
    {}["missing"]
try:
    with tag("p", out):
        raise ValueError("escapes")
except ValueError as e:
    out.append(f"escaped {e}")
print("".join(out))

log = []
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}", log)) for i in range(3)]
    log.append(f"{len(rs)} open, count={Resource.open_count}")
print(log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x", log))
        stack.enter_context(Resource("y", log, fail_on_exit=True))
        stack.enter_context(Resource("z", log))
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
print(log, Resource.open_count)


class Transaction:
    def __init__(self, data):
        self.data = data

    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data

    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.data.clear()
            self.data.update(self.snapshot)
        return exc_type is ValueError


accounts = {"a": 10, "b": 0}
with Transaction(accounts) as acc:
    acc["a"] -= 5
    acc["b"] += 5
with Transaction(accounts) as acc:
    acc["a"] -= 100
    raise ValueError("overdrawn")
print(accounts)
