# sys runtime services: recursion limit, int digits limit, exc_info,
# exception, intern, getsizeof, streams, flags, _getframe, exit.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(700)
try:
    str(10 ** 800)
except ValueError as e:
    print('ValueError:', e)
try:
    int('9' * 701)
except ValueError as e:
    print('ValueError:', e)
print(len(str(10 ** 699)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())

print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is not None, sys.exception() is e)
print(sys.exc_info()[0], sys.exception())

s = sys.intern('hello' + str(1))
print(s, sys.intern(s) is s)
try:
    sys.intern(1)
except TypeError as e:
    print('TypeError:', e)
print(type(sys.getsizeof([1, 2, 3])).__name__, sys.getsizeof([]) > 0, sys.getsizeof(1, 0) > 0)

n = sys.stdout.write('written\n')
print(n)
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stderr.writable())
print(sys.stdout is sys.__stdout__, sys.stderr.fileno(), sys.stdout.fileno(), sys.stdin.fileno())
sys.stderr.write('to stderr\n')
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.debug, sys.flags.int_max_str_digits)


def where():
    f = sys._getframe()
    return f.f_code.co_name, sys._getframe().f_lineno, sys._getframe(1).f_code.co_name


def outer():
    return where()


print(where(), outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back, sys._getframe().f_globals is globals())
print(sys._getframe().f_code.co_filename)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)

try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
