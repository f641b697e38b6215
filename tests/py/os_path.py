# os.path string functions (posixpath), no file system needed.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.sep, os.extsep, os.pathsep, os.curdir, os.pardir)
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'x'), ('a', ''), ('/',), ('a', 'b', 'c.txt')]:
    print(args, repr(os.path.join(*args)))
for p in ['a/b/c.txt', '/abs/path/', 'file', '/', '', 'a//b', '//x', '.hidden', 'a.b.c', 'dir.d/file', 'a/.x.y']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)),
          repr(os.path.dirname(p)), os.path.isabs(p))
for p in ['a/./b/../c', '/../x', '', '.', 'a/..', '//a//b/', '///a', '../../x/./y', 'a/b/../../..']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.abspath('x/y') == os.path.join(os.getcwd(), 'x', 'y'))
print(os.path.abspath('/a/b/../c'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/libexec']), repr(os.path.commonprefix([])))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a', '/a'))
print(os.path.splitdrive('/x/y'), os.path.normcase('AbC'))
print(os.path.expanduser('no/tilde'))


class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


print(os.fspath(P('via/fspath')), os.path.join(P('a'), 'b'), os.path.basename(P('x/y.z')))
for bad in [1, None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    os.path.join('a', 1)
except TypeError as e:
    print('TypeError:', e)
