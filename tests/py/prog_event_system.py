# An event system with decorators, closures, and nonlocal state.
import functools


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, event, priority=0):
        def decorator(func):
            self.handlers.setdefault(event, []).append((-priority, len(self.handlers.get(event, [])), func))
            self.handlers[event].sort(key=lambda t: (t[0], t[1]))
            return func
        return decorator

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, func in self.handlers.get(event, []):
            try:
                r = func(**payload)
            except StopPropagation as stop:
                results.append(f"stopped by {func.__name__}: {stop}")
                break
            except Exception as e:
                results.append(f"{func.__name__} failed: {type(e).__name__}: {e}")
                continue
            if r is not None:
                results.append(r)
        return results


class StopPropagation(Exception):
    pass


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


def rate_limit(max_calls):
    def decorator(func):
        remaining = max_calls

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal remaining
            if remaining <= 0:
                raise RuntimeError(f"{func.__name__} rate limited")
            remaining -= 1
            return func(*args, **kwargs)
        return wrapper
    return decorator


bus = EventBus()
tick = make_counter(100)


@bus.on("login", priority=10)
@logged
def audit(user, **_):
    """Audit every login."""
    return f"audit {user} #{tick()}"


@bus.on("login")
def greet(user, admin=False):
    return f"welcome {'admin ' if admin else ''}{user}"


@bus.on("login", priority=5)
def block_banned(user, **_):
    if user == "mallory":
        raise StopPropagation("banned user")


@bus.on("purchase")
@rate_limit(2)
def charge(user, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    return f"charged {user} {amount}"


print(bus.emit("login", user="alice"))
print(bus.emit("login", user="root", admin=True))
print(bus.emit("login", user="mallory"))
print(bus.emit("purchase", user="alice", amount=5))
print(bus.emit("purchase", user="bob", amount=-1))
print(bus.emit("purchase", user="carol", amount=7))
print(bus.emit("logout", user="alice"))
print(audit.__name__, audit.__doc__, audit.calls, audit.__wrapped__.__name__)
print(charge.__name__, bus.history)

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])
c1, c2 = make_counter(), make_counter(50)
print(c1(), c1(), c2(5), c1(10), c2())
print(c1.__code__.co_freevars, c1.__closure__[0].cell_contents)


def memo(func):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    inner.cache = cache
    return inner


@memo
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(80), len(ways.cache))


class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    computed = 0

    @cached
    def summary(self):
        Report.computed += 1
        return "expensive summary"


r = Report()
print(r.summary, r.summary, Report.computed, type(Report.__dict__["summary"]).__name__)
