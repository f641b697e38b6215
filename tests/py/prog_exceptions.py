# Exception hierarchies with custom errors, chaining, context, finally,
# re-raising, and tracebacks caught and summarized.
import sys


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"{base} [{self.detail}]" if self.detail else base


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError, KeyError):
    code = 3


class NetworkError(AppError):
    code = 4


class Timeout(NetworkError, TimeoutError):
    pass


def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise MissingKey(f"missing {key!r}", detail="config") from e


def connect(host):
    if host.endswith(".slow"):
        raise Timeout(f"timed out connecting to {host}")
    if not host:
        raise NetworkError("empty host")
    return f"connected:{host}"


def tb_summary(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append(f"{tb.tb_frame.f_code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return " > ".join(out)


def run(config):
    events = []
    try:
        host = load(config, "host")
        events.append(connect(host))
    except ConfigError as e:
        events.append(f"config problem ({type(e).__name__}, code {e.code}): {e}")
        events.append(f"  cause: {type(e.__cause__).__name__}: {e.__cause__}")
        events.append(f"  where: {tb_summary(e)}")
    except NetworkError as e:
        events.append(f"network problem ({type(e).__name__}, code {e.code}): {e}")
        events.append(f"  is TimeoutError: {isinstance(e, TimeoutError)}, OSError: {isinstance(e, OSError)}")
    else:
        events.append("no error")
    finally:
        events.append("finally ran")
    return events


for cfg in [{"host": "example.org"}, {}, {"host": "db.slow"}, {"host": ""}]:
    for line in run(cfg):
        print(line)
print([c.__name__ for c in MissingKey.__mro__])


def cleanup_fails():
    try:
        raise ValueError("original")
    finally:
        pass


def context_demo():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["k"]
    except KeyError as e:
        return e


e = context_demo()
print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


def reraise():
    try:
        int("x")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
        print("inside handler:", exc_type.__name__, exc, tb is not None)
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e, "|", tb_summary(e))
print("after handler:", sys.exc_info())


def count_finally(n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    return log


print(count_finally(5))


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally before return")


print(returns_in_finally())

errors = []
for func, arg in [(int, "12a"), (float, "x"), ([].pop, None), ({}.__getitem__, "k"),
                  (len, 5), (lambda a: a.missing, 3), (chr, -1), (lambda n: 1 % n, 0),
                  (lambda s: s.encode("ascii"), "é"), (lambda l: l[5], [1]),
                  (lambda x: (_ for _ in ()).throw(StopIteration), 0), (lambda: None, 1)]:
    try:
        func() if arg is None else func(arg)
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
for line in errors:
    print(line)

group_like = [AppError("a"), ConfigError("b", detail="d"), Timeout("c")]
print(sorted((type(x).__name__, x.code, str(x)) for x in group_like))
try:
    raise AppError("with args", detail=None) from None
except AppError as e:
    print(e.args, e.__cause__, e.__suppress_context__, e.__context__)
