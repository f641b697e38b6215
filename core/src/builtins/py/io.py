"""io: in-memory streams. Gilt's own StringIO and BytesIO with the
behaviour (and error messages) of CPython 3.11's C implementations."""

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'RawIOBase', 'BufferedIOBase',
           'TextIOBase', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


from operator import index as _op_index

_SSIZE_MAX = (1 << 63) - 1


def _index(v):
    n = _op_index(v)
    if n > _SSIZE_MAX or n < -_SSIZE_MAX - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return n


def _size_arg(size):
    # read()/readline() size: an int (negative: everything) or None.
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    if hasattr(type(size), '__index__'):
        return size.__index__()
    raise TypeError("argument should be integer or None, not '%s'"
                    % type(size).__name__)


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


# newline kinds seen by a universal-newline StringIO
_CR, _LF, _CRLF = 1, 2, 4
_NEWLINES = {0: None, _LF: '\n', _CR: '\r', _CRLF: '\r\n',
             _CR | _LF: ('\r', '\n'), _CR | _CRLF: ('\r', '\r\n'),
             _LF | _CRLF: ('\n', '\r\n'), _CR | _LF | _CRLF: ('\r', '\n', '\r\n')}


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._seen = 0
        self._buf = ''
        self._tail = []
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_own(self):
        # StringIO's own methods word the error without a full stop.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def line_buffering(self):
        self._check_own()
        return False

    @property
    def newlines(self):
        self._check_own()
        if not self._universal:
            return None
        return _NEWLINES[self._seen]

    def _value(self):
        if self._tail:
            self._buf = self._buf + ''.join(self._tail)
            self._tail = []
        return self._buf

    def close(self):
        self._closed = True
        self._buf = ''
        self._tail = []

    def getvalue(self):
        self._check_own()
        return self._value()

    def tell(self):
        self._check_own()
        return self._pos

    def _note_newlines(self, s):
        crlf = s.count('\r\n')
        if crlf:
            self._seen |= _CRLF
        if s.count('\r') > crlf:
            self._seen |= _CR
        if s.count('\n') > crlf:
            self._seen |= _LF

    def write(self, s):
        self._check_own()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if type(s) is not str:
            s = str.__str__(s)
        n = len(s)
        if self._universal:
            self._note_newlines(s)
            if self._translate:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        if not s:
            return n
        size = len(self._buf) + sum(len(t) for t in self._tail) if self._tail else len(self._buf)
        pos = self._pos
        if pos == size:
            self._tail.append(s)
        else:
            buf = self._value()
            if pos > size:
                buf = buf + '\0' * (pos - size)
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_own()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, buf, pos):
        # Index just after the next line ending at or after pos, or len(buf).
        nl = self._newline
        if nl == '':
            i = pos
            n = len(buf)
            while i < n:
                ch = buf[i]
                if ch == '\n':
                    return i + 1
                if ch == '\r':
                    if i + 1 < n and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        sep = '\n' if nl is None else nl
        i = buf.find(sep, pos)
        return len(buf) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._check_own()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = self._line_end(buf, pos)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        self._check_open()
        return TextIOBase.readlines(self, hint)

    def flush(self):
        pass

    def __next__(self):
        self._check_own()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_own()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._value())
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check_own()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        buf = self._value()
        if pos < len(buf):
            self._buf = buf[:pos]
        return pos

    def readable(self):
        self._check_own()
        return True

    def writable(self):
        self._check_own()
        return True

    def seekable(self):
        self._check_own()
        return True

    def detach(self):
        raise UnsupportedOperation("detach")


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if type(b).__name__ == 'memoryview':
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)

    @property
    def closed(self):
        return self._closed

    def __iter__(self):
        # CPython's BytesIO checks only when the first line is read.
        return self

    def close(self):
        self._closed = True
        self._buf = bytearray()

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def tell(self):
        self._check_open()
        return self._pos

    def write(self, b):
        self._check_open()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += bytes(pos - size)
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=-1):
        self._check_open()
        # BytesIO's own loop stops once the total reaches the hint (IOBase's
        # only once it exceeds it).
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, b):
        self._check_open()
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __next__(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def detach(self):
        raise UnsupportedOperation("detach")


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
