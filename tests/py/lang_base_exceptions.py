# BaseException vs Exception, KeyboardInterrupt/SystemExit, handler tuples
import sys
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        try:
            raise exc("x")
        except Exception:
            print("Exception caught", exc.__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("exit code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit code", e.code)
try:
    raise KeyError("a")
except (IndexError, KeyError) as e:
    print("tuple handler", type(e).__name__)
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise ValueError
except ValueError:
    print("class raised", "no instance needed")
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__], IOError is OSError, EnvironmentError is OSError)
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
def override():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    override()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
e2 = OSError(2, "No such file", "/x")
print(type(e2).__name__, str(e2), e2.filename)
print(repr(UnicodeError("u")), ArithmeticError.__base__.__name__)
