# An exception that passes through a @contextmanager generator keeps the
# traceback of the with body, as in CPython.
from contextlib import contextmanager, suppress, nullcontext, ExitStack


@contextmanager
def managed(log):
    log.append("enter")
    try:
        yield
    finally:
        log.append("exit")


def work(n):
    return 10 // n


log = []
with suppress(ZeroDivisionError), nullcontext():
    work(0)
with ExitStack() as stack:
    stack.enter_context(managed(log))
    print(work(5))
print(log)
with managed(log):
    work(0)
