"""os: Gilt's own minimal os module over the platform (`_os`): files and
directories, `stat`, the environment (a snapshot taken on first use), and
`os.path` (posixpath). What the platform lacks or a sandbox denies raises
`OSError` (`PermissionError` in a sandbox) when used, not on import."""

import sys
import _os
from _os import (O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC,
                 O_APPEND)

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'curdir', 'pardir',
           'linesep', 'devnull', 'defpath', 'path', 'error', 'environ',
           'fspath', 'getcwd', 'listdir', 'stat', 'lstat', 'stat_result',
           'remove', 'unlink', 'mkdir', 'makedirs', 'rmdir', 'removedirs',
           'rename', 'replace', 'getenv', 'getpid', 'walk', 'open', 'read',
           'cpu_count', 'strerror', 'fsencode', 'fsdecode',
           'write', 'close', 'lseek', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
linesep = '\n'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError


def fspath(path):
    """str/bytes pass through; anything else must offer __fspath__."""
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    hook = getattr(cls, '__fspath__', fspath)
    if hook is fspath:                  # no such attribute
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + cls.__name__)
    result = hook(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, "
                        "not {}".format(cls.__name__, type(result).__name__))
    return result


def _path(p, fname, kinds='string, bytes or os.PathLike'):
    if isinstance(p, str):
        return p
    if hasattr(type(p), '__fspath__'):
        p = fspath(p)
        if isinstance(p, str):
            return p
    if isinstance(p, bytes):
        raise TypeError("Gilt's os supports str paths only")
    raise TypeError("%s: path should be %s, not %s"
                    % (fname, kinds, type(p).__name__))


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple (st_mode, st_ino, st_dev,
    st_nlink, st_uid, st_gid, st_size, and int st_atime, st_mtime,
    st_ctime) with float times and *_ns times as attributes."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, ns=None):
        seq = tuple(seq)
        if len(seq) != 10:
            raise TypeError("os.stat_result() takes a 10-sequence (%d-sequence given)"
                            % len(seq))
        self = tuple.__new__(cls, seq)
        if ns is None:
            ns = (seq[7] * 10**9, seq[8] * 10**9, seq[9] * 10**9)
        self._ns = ns
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    r = _os.stat(_path(path, 'stat', 'string, bytes, os.PathLike or integer'))
    ns = (r[7], r[8], r[9])
    return stat_result(r[:7] + (r[7] // 10**9, r[8] // 10**9, r[9] // 10**9), ns)


def lstat(path, *, dir_fd=None):
    return stat(path)


def getcwd():
    return _os.getcwd()


def listdir(path=None):
    if path is None:
        path = '.'
    return _os.listdir(_path(path, 'listdir',
                                'string, bytes, os.PathLike, integer or None'))


def remove(path, *, dir_fd=None):
    _os.remove(_path(path, 'remove'))


def unlink(path, *, dir_fd=None):
    _os.remove(_path(path, 'unlink'))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_path(path, 'mkdir'))


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_path(path, 'rmdir'))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_path(src, 'rename'), _path(dst, 'rename'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_path(src, 'replace'), _path(dst, 'replace'))


def _split_dir(p):
    """(parent, leaf) of `p`, ignoring one trailing separator."""
    parent, leaf = path.split(p)
    return path.split(parent) if not leaf else (parent, leaf)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir `name`, creating its missing ancestors first (with mode 0o777)."""
    chain = []                 # (directory, leaf, its parent had to be made)
    current = name
    while True:
        parent, leaf = _split_dir(current)
        need_parent = bool(parent and leaf) and not path.exists(parent)
        chain.append((current, leaf, need_parent))
        if not need_parent:
            break
        current = parent
    for level in range(len(chain) - 1, -1, -1):
        target, leaf, made_parent = chain[level]
        if made_parent and leaf == curdir:
            continue           # 'x/.' is x itself, already created
        ancestor = level > 0
        try:
            mkdir(target, 0o777 if ancestor else mode)
        except OSError as exc:
            tolerated = ancestor and isinstance(exc, FileExistsError)
            if not tolerated and not (exist_ok and path.isdir(target)):
                raise


def removedirs(name):
    """rmdir `name`, then each parent in turn until one will not go."""
    rmdir(name)
    current = name
    while True:
        current, leaf = _split_dir(current)
        if not (current and leaf):
            return
        try:
            rmdir(current)
        except OSError:
            return


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


def getpid():
    return _os.getpid()


def cpu_count():
    """The number of CPUs, or None when the platform cannot tell (Gilt's
    platforms do not say)."""
    return None


def strerror(code):
    return _os.strerror(code)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'replace')
    return filename


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(_path(path, 'open'), flags)


read = _os.read
write = _os.write
close = _os.close
lseek = _os.lseek


class _Environ:
    """os.environ: a mapping over a snapshot of the platform's environment,
    taken on first use. Changes stay in the snapshot."""

    def __init__(self):
        self._data = None

    def _d(self):
        if self._data is None:
            self._data = dict(_os.environ())
        return self._data

    def __getitem__(self, key):
        try:
            return self._d()[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._d()[key] = value

    def __delitem__(self, key):
        try:
            del self._d()[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._d()))

    def __len__(self):
        return len(self._d())

    def __contains__(self, key):
        return key in self._d()

    def get(self, key, default=None):
        return self._d().get(key, default)

    def keys(self):
        return self._d().keys()

    def values(self):
        return self._d().values()

    def items(self):
        return self._d().items()

    def copy(self):
        return dict(self._d())

    def setdefault(self, key, value):
        if key in self:
            return self[key]
        self[key] = value
        return value

    def pop(self, key, *default):
        return self._d().pop(key, *default)

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._d()
        return self._d() == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k, v) for k, v in self._d().items())


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


import posixpath as path
sys.modules['os.path'] = path
