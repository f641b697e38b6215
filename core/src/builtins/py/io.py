"""io: in-memory streams and files. Gilt's own StringIO and BytesIO with
the behaviour (and error messages) of CPython 3.11's C implementations,
and `open()`'s file objects (FileIO, BufferedReader/Writer/Random,
TextIOWrapper) over the platform's file handles (`_os`)."""

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'RawIOBase', 'BufferedIOBase',
           'TextIOBase', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'open', 'FileIO',
           'BufferedReader', 'BufferedWriter', 'BufferedRandom',
           'TextIOWrapper', 'text_encoding']

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
        if line:
            return line
        raise StopIteration

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

    encoding = errors = property(lambda self: None)   # no codec in memory

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
        return IOBase.__next__(self)

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
        return IOBase.__next__(self)

    def detach(self):
        raise UnsupportedOperation("detach")


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'


# ----- files -----

import _os


def _closed_error(what=None):
    # CPython's C layers word this differently: FileIO and the buffered
    # files' queries say "I/O operation on closed file" (no full stop),
    # buffered reads "read of closed file", text files end with a stop.
    return ValueError(what or "I/O operation on closed file.")


_RAW_CLOSED = "I/O operation on closed file"


class FileIO(RawIOBase):
    """Raw binary I/O on a platform file handle."""

    # Bound here, not looked up as module globals, so that files still
    # open at interpreter exit flush and close after `io`'s globals are gone.
    _sys_open = staticmethod(_os.open)
    _sys_read = staticmethod(_os.read)
    _sys_write = staticmethod(_os.write)
    _sys_lseek = staticmethod(_os.lseek)
    _sys_close = staticmethod(_os.close)

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s"
                            % type(mode).__name__)
        s = set(mode)
        if s - set('rwxab+') or len(mode) != len(s) or \
                sum(c in s for c in 'rwxa') != 1 or mode.count('+') > 1:
            raise ValueError("Must have exactly one of create/read/write/append mode"
                             " and at most one plus")
        self._readable = 'r' in s or '+' in s
        self._writable = 'r' not in s or '+' in s
        self._appending = 'a' in s
        if 'x' in s:
            self._mode = 'xb+' if '+' in s else 'xb'
            flags = _os.O_EXCL | _os.O_CREAT
        elif 'r' in s:
            self._mode = 'rb+' if '+' in s else 'rb'
            flags = 0
        elif 'w' in s:
            self._mode = 'rb+' if '+' in s else 'wb'
            flags = _os.O_CREAT | _os.O_TRUNC
        else:
            self._mode = 'ab+' if '+' in s else 'ab'
            flags = _os.O_APPEND | _os.O_CREAT
        if self._readable and self._writable:
            flags |= _os.O_RDWR
        elif self._writable:
            flags |= _os.O_WRONLY
        self.name = file
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            self._fd = file
            self._closefd = closefd
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            import os
            path = os.fspath(file)
            if not isinstance(path, str):
                raise TypeError("Gilt's open() supports str paths only")
            if '\0' in path:
                raise ValueError("embedded null byte")
            if opener is not None:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
                self._fd = fd
            else:
                self._fd = self._sys_open(path, flags)
            self._closefd = True
        if self._appending:
            self._sys_lseek(self._fd, 0, 2)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def mode(self):
        return self._mode

    @property
    def closefd(self):
        return self._closefd

    def _check_open(self):
        if self._fd < 0:
            raise _closed_error(_RAW_CLOSED)

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        return self._sys_read(self._fd, size)

    def readall(self):
        self._check_readable()
        chunks = []
        while True:
            data = self._sys_read(self._fd, DEFAULT_BUFFER_SIZE * 8)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_writable()
        if type(b) is not bytes:
            b = bytes(_bytes_like(b))
        return self._sys_write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check_open()
        return self._sys_lseek(self._fd, _index(pos), _index(whence))

    def tell(self):
        self._check_open()
        return self._sys_lseek(self._fd, 0, 1)

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                self._sys_close(fd)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (
            self.name, self._mode, self._closefd)


class _BufferedFile(BufferedIOBase):
    """A buffered binary file over a FileIO: reads ahead, collects writes."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size if buffer_size > 0 else DEFAULT_BUFFER_SIZE
        self._rbuf = b''
        self._wbuf = bytearray()

    # state and identity come from the raw file underneath
    closed = property(lambda self: self.raw.closed)
    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)

    def _check_open(self, what=None):
        if self.raw.closed:
            raise _closed_error(what)

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def isatty(self):
        return self.raw.isatty()

    def _check_readable(self, what='read'):
        if not self.raw._readable:
            raise UnsupportedOperation(what)
        self._check_open(what + " of closed file")

    def _check_writable(self):
        if not self.raw._writable:
            raise UnsupportedOperation("write")
        self._check_open("write to closed file")

    def _flush_writes(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self.raw.write(data)

    def _drop_reads(self):
        # The raw position is ahead of ours by what was read ahead.
        if self._rbuf:
            n = len(self._rbuf)
            self._rbuf = b''
            self.raw.seek(-n, 1)

    def flush(self):
        self._check_open("flush of closed file" if self.raw._writable else None)
        self._flush_writes()

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        self._flush_writes()
        if size < 0:
            data = self._rbuf + self.raw.readall()
            self._rbuf = b''
            return data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(self._size, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_readable('read1')
        self._check_open("read of closed file")
        size = _size_arg(size)
        self._flush_writes()
        if not self._rbuf:
            return self.raw.read(self._size if size < 0 else size)
        if size < 0:
            size = len(self._rbuf)
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._check_readable('peek')
        self._flush_writes()
        if not self._rbuf:
            self._rbuf = self.raw.read(self._size)
        return self._rbuf

    def readline(self, size=-1):
        if not self.raw._readable:
            raise UnsupportedOperation("read")
        self._check_open("readline of closed file")
        size = _size_arg(size)
        self._flush_writes()
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            chunk = self.raw.read(self._size)
            if not chunk:
                end = len(self._rbuf)
                break
            self._rbuf += chunk
        if 0 <= size < end:
            end = size
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_writable()
        # (No module globals on the bytes path: see FileIO's _sys_* names.)
        data = b if type(b) is bytes else _bytes_like(b)
        if self._rbuf:
            self._drop_reads()
        self._wbuf += data
        if len(self._wbuf) >= self._size:
            self._flush_writes()
        return len(data)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check_open("seek of closed file")
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._flush_writes()
        self._drop_reads()
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_open(_RAW_CLOSED)
        self._flush_writes()
        return self.raw.tell() - len(self._rbuf)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def close(self):
        if self.raw.closed:
            return
        try:
            self._flush_writes()
        finally:
            self.raw.close()

    def detach(self):
        self._check_open()
        self._flush_writes()
        raw = self.raw
        self.raw = None
        return raw

    def __del__(self):
        try:
            if self.raw is not None:
                self.close()
        except Exception:
            pass

    def __repr__(self):
        return '<_io.%s name=%r>' % (type(self).__name__, self.name)


class BufferedReader(_BufferedFile):
    """A buffered binary file open for reading."""


class BufferedWriter(_BufferedFile):
    """A buffered binary file open for writing."""


class BufferedRandom(_BufferedFile):
    """A buffered binary file open for reading and writing."""


_ENCODINGS = {'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8',
              'ascii': 'ascii', 'us-ascii': 'ascii', 'latin-1': 'latin-1',
              'latin1': 'latin-1', 'iso-8859-1': 'latin-1',
              'iso8859-1': 'latin-1', 'l1': 'latin-1'}


def _norm_encoding(encoding):
    key = encoding.lower().replace('_', '-')
    if key == 'locale':
        return 'utf-8'
    try:
        return _ENCODINGS[key]
    except KeyError:
        raise LookupError("unknown encoding: %s" % encoding) from None


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


def _utf8_cut(data):
    # Where an incomplete UTF-8 sequence at the end of data starts.
    n = len(data)
    i = n - 1
    while i >= 0 and i >= n - 4 and data[i] & 0xC0 == 0x80:
        i -= 1
    if i < 0 or i < n - 4:
        return n
    b = data[i]
    need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
    return i if n - i < need else n


class TextIOWrapper(TextIOBase):
    """A text file: str on top of a buffered binary file.

    Reads decode the buffer a chunk at a time into `_buf` (translated for
    universal newlines); writes collect str in `_pending` and encode it on
    flush (or every few KiB). `_pending` is None until the first write after
    opening, a read, a seek or a flush, which is when the slow path checks
    the file is open and writable."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None:
            self._encoding = 'UTF-8'
            self._codec = 'utf-8'
        else:
            if not isinstance(encoding, str):
                raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                                % type(encoding).__name__)
            self._codec = _norm_encoding(encoding)
            self._encoding = encoding
        if errors is None:
            errors = 'strict'
        self._errors = errors
        self.buffer = buffer
        self._newline = newline
        self._translate = newline is None
        self._universal = newline is None or newline == ''
        self._lf_lines = newline is None or newline == '\n'
        self._writenl = newline if newline not in (None, '') else '\n'
        self._line_buffering = line_buffering
        self._buf = ''
        self._pos = 0
        self._left = b''
        self._eof = False
        self._pending = None
        self._pending_n = 0

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    newlines = property(lambda self: None)

    closed = property(lambda self: self.buffer.closed)
    name = property(lambda self: self.buffer.name)

    def _check_open(self):
        if self.buffer.closed:
            raise _closed_error()

    def fileno(self):
        return self.buffer.fileno()

    def seekable(self):
        return self.buffer.seekable()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def isatty(self):
        return self.buffer.isatty()

    def _flush_pending(self):
        p = self._pending
        if p:
            self._pending = []
            self._pending_n = 0
            self.buffer.write(''.join(p).encode(self._codec, self._errors))

    def _end_writes(self):
        # Before reading, seeking or telling: written text goes to the buffer.
        if self._pending is not None:
            self._flush_pending()
            self._pending = None

    def _reset_reads(self):
        self._buf = ''
        self._pos = 0
        self._left = b''
        self._eof = False

    def _unread_bytes(self):
        rest = self._buf[self._pos:]
        if not rest:
            return len(self._left)
        return len(rest.encode(self._codec, self._errors)) + len(self._left)

    def _decode(self, data, final):
        # Decodes bytes from the file; an incomplete character at the end
        # (and, translating, a final '\r') waits for the next chunk.
        cut = len(data)
        if not final:
            if self._codec == 'utf-8':
                cut = _utf8_cut(data)
            if self._translate and cut > 0 and data[cut - 1] == 13:
                cut -= 1
        self._left = data[cut:]
        text = data[:cut].decode(self._codec, self._errors)
        if self._translate and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _fill(self):
        # Decodes one more chunk onto the read buffer; False at end of file.
        if self._eof:
            return False
        chunk = self.buffer.read1(DEFAULT_BUFFER_SIZE)
        if not chunk:
            self._eof = True
            if not self._left:
                return False
        text = self._decode(self._left + chunk, not chunk)
        if self._pos:
            self._buf = self._buf[self._pos:]
            self._pos = 0
        self._buf += text
        return True

    def _check_readable(self):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        self._end_writes()

    def __iter__(self):
        self._check_open()
        return self

    def read(self, size=-1):
        self._check_readable()
        size = _size_arg(size)
        if size < 0:
            parts = [self._buf[self._pos:]]
            if not self._eof:
                parts.append(self._decode(self._left + self.buffer.read(), True))
                self._eof = True
            self._buf = ''
            self._pos = 0
            return ''.join(parts)
        while len(self._buf) - self._pos < size and self._fill():
            pass
        text = self._buf[self._pos:self._pos + size]
        self._pos += len(text)
        return text

    def _line_end(self, start):
        # End index of the line starting at start, or -1 if not in the buffer.
        buf = self._buf
        if self._lf_lines:
            i = buf.find('\n', start)
            return -1 if i < 0 else i + 1
        if self._newline == '':
            i = buf.find('\n', start)
            j = buf.find('\r', start, i if i >= 0 else len(buf))
            if j < 0:
                return -1 if i < 0 else i + 1
            if j + 1 < len(buf):
                return j + 2 if buf[j + 1] == '\n' else j + 1
            return -1 if not self._eof else j + 1
        nl = self._newline
        i = buf.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        if size == -1 and self._lf_lines:
            # Fast path: a whole line already in the buffer.
            pos = self._pos
            i = self._buf.find('\n', pos)
            if i >= 0:
                self._pos = i + 1
                return self._buf[pos:i + 1]
        self._check_readable()
        size = _size_arg(size)
        while True:
            end = self._line_end(self._pos)
            if end >= 0:
                break
            if 0 <= size <= len(self._buf) - self._pos:
                end = self._pos + size
                break
            if not self._fill():
                end = len(self._buf)
                break
        if size >= 0:
            end = min(end, self._pos + size)
        line = self._buf[self._pos:end]
        self._pos = end
        return line

    def __next__(self):
        if self._lf_lines:
            pos = self._pos
            i = self._buf.find('\n', pos)
            if i >= 0:
                self._pos = i + 1
                return self._buf[pos:i + 1]
        self._check_open()
        return IOBase.__next__(self)

    def write(self, s):
        if type(s) is not str and not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        pending = self._pending
        if pending is None:
            self._check_open()
            if not self.buffer.writable():
                raise UnsupportedOperation("not writable")
            # Like CPython, a write drops what was read ahead (and decoded)
            # and goes where the buffered file's position is.
            if self._buf or self._left or self._eof:
                self._reset_reads()
            pending = self._pending = []
        n = len(s)
        if self._writenl != '\n' and '\n' in s:
            pending.append(s.replace('\n', self._writenl))
        else:
            pending.append(s)
        self._pending_n += n
        if self._pending_n > DEFAULT_BUFFER_SIZE:
            self._flush_pending()
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def flush(self):
        self._check_open()
        self._flush_pending()
        self.buffer.flush()

    def tell(self):
        self._check_open()
        self._end_writes()
        return self.buffer.tell() - self._unread_bytes()

    def seek(self, cookie, whence=0):
        self._check_open()
        cookie = _index(cookie)
        whence = _index(whence)
        self._end_writes()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._reset_reads()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        self._reset_reads()
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def close(self):
        if not self.buffer.closed:
            try:
                self._end_writes()
            finally:
                self._reset_reads()
                self.buffer.close()

    def detach(self):
        self._end_writes()
        buffer = self.buffer
        buffer.flush()
        self._reset_reads()
        return buffer

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        if self.buffer.closed:
            return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self._encoding)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name, self.mode, self._encoding)


def _open(file, mode='r', buffering=-1, encoding=None, errors=None,
          newline=None, closefd=True, opener=None):
    """Open file and return a stream (text or binary)."""
    if not isinstance(file, (str, bytes, int)) and not hasattr(type(file), '__fspath__'):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s"
                        % type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s"
                        % type(newline).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError("invalid mode: '%s'" % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode"
                         " and at most one plus")
    if binary:
        for given, what in ((encoding, 'an encoding'), (errors, 'an errors'),
                            (newline, 'a newline')):
            if given is not None:
                raise ValueError("binary mode doesn't take %s argument" % what)
        if buffering == 1:
            buffering = -1      # line buffering means nothing for bytes
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError("illegal newline value: %s" % newline)
    if encoding is not None:
        _norm_encoding(encoding)
    raw = FileIO(file,
                 (creating and 'x' or '') + (reading and 'r' or '') +
                 (writing and 'w' or '') + (appending and 'a' or '') +
                 (updating and '+' or ''),
                 closefd, opener=opener)
    try:
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        size = buffering if buffering > 1 else DEFAULT_BUFFER_SIZE
        if updating:
            buf = BufferedRandom(raw, size)
        elif creating or writing or appending:
            buf = BufferedWriter(raw, size)
        else:
            buf = BufferedReader(raw, size)
        if binary:
            return buf
        result = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
        result.mode = mode
        return result
    except BaseException:
        raw.close()
        raise


# io.open is builtins.open (a native that calls _open).
from builtins import open

FileIO.__module__ = '_io'
TextIOWrapper.__module__ = '_io'
BufferedReader.__module__ = '_io'
BufferedWriter.__module__ = '_io'
BufferedRandom.__module__ = '_io'
