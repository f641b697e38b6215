# an uncaught exception raised while handling another: both tracebacks print
def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()
print("working")
work()
