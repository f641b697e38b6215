"""posixpath (os.path): Gilt's own pure-Python path functions, behaving as
CPython 3.11's posixpath does for str paths. The queries (exists, isfile,
getsize, ...) go through os.stat, so they see what the platform allows."""

import os as _os

__all__ = ['sep', 'altsep', 'extsep', 'pathsep', 'curdir', 'pardir',
           'defpath', 'devnull', 'normcase', 'isabs', 'join', 'split',
           'splitext', 'splitdrive', 'basename', 'dirname', 'exists',
           'lexists', 'isfile', 'isdir', 'islink', 'getsize', 'getmtime',
           'getatime', 'getctime', 'normpath', 'abspath', 'realpath',
           'relpath', 'commonprefix', 'expanduser']

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _fs(p):
    p = _os.fspath(p)
    if isinstance(p, bytes):
        raise TypeError("Gilt's os.path supports str paths only")
    return p


def normcase(s):
    return _fs(s)


def isabs(s):
    return _fs(s).startswith('/')


def join(a, *p):
    a = _fs(a)
    path = a
    for b in p:
        if not isinstance(b, str) and not hasattr(type(b), '__fspath__'):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(b).__name__)
        b = _fs(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fs(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def basename(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


lexists = exists


def isfile(path):
    try:
        st = _os.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o100000


def isdir(s):
    try:
        st = _os.stat(s)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def islink(path):
    return False


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def normpath(path):
    path = _fs(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fs(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    path = _fs(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start = _fs(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    # The smallest and largest items bound every other one: only they matter.
    first, last = min(m), max(m)
    for i, (x, y) in enumerate(zip(first, last)):
        if x != y:
            return first[:i]
    return first


def expanduser(path):
    path = _fs(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'
