# OSError subclasses with errno, strerror and filename, and closed files.
import os
import io

D = '_gilt_tmp_file_errors'
os.mkdir(D)
p = os.path.join(D, 'f.txt')
with open(p, 'w') as f:
    f.write('x\n')


def attempt(what, fn, *args):
    try:
        fn(*args)
        print(what, 'ok')
    except OSError as e:
        print(what, type(e).__name__, e.errno, e.strerror, e.filename == args[0] if args else None)
        print('   ', str(e).replace(D, 'D'))
        print('   ', e.args)
        print('   ', isinstance(e, OSError), isinstance(e, EnvironmentError), isinstance(e, IOError))


attempt('missing', open, os.path.join(D, 'nope.txt'))
attempt('dir', open, D)
attempt('dir-w', open, D, 'w')
attempt('notdir', open, os.path.join(p, 'child.txt'))
attempt('exclusive', open, p, 'x')
attempt('missing-dir', open, os.path.join(D, 'no', 'x.txt'), 'w')

e = FileNotFoundError(2, 'No such file or directory', 'x.txt')
print(e, e.args, e.filename, e.errno)
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e)
e = OSError(13, 'Permission denied', 'secret')
print(type(e).__name__, e)
try:
    open('_gilt_tmp_file_errors_missing.txt')
except FileNotFoundError as e:
    print(e)

f = open(p)
f.close()
for name, args in [('read', ()), ('readline', ()), ('readlines', ()), ('write', ('x',)),
                   ('seek', (0,)), ('tell', ()), ('flush', ()), ('__iter__', ()),
                   ('__next__', ()), ('__enter__', ())]:
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, 'ValueError:', e)
print(f.closed)

with open(p) as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e, isinstance(e, OSError), isinstance(e, ValueError))
with open(p, 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    try:
        f.write(b'bytes')
    except TypeError as e:
        print('TypeError:', e)
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    try:
        f.seek(-1)
    except ValueError as e:
        print('ValueError:', e)

os.remove(p)
os.rmdir(D)
