"""json: JSON encoding and decoding. Gilt's own implementation of the
behaviour of CPython 3.11's json package (its C accelerator where that is
what CPython uses by default): the same output text, the same accepted
input, and the same error messages and positions."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

_INF = float('inf')
_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    """The ValueError raised for malformed JSON. Besides the message it
    keeps msg, doc and pos, plus lineno and colno (1-based) of pos."""

    def __init__(self, msg, doc, pos):
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - (doc.rfind('\n', 0, pos) + 1) + 1
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


# ----- encoding -----

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
                  '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _recursion(e, what):
    # CPython's C scanner/encoder name what they were doing when the
    # recursion limit hit; the innermost frame words it, outer ones pass it on.
    if getattr(e, '_json_worded', False):
        return e
    e = RecursionError('maximum recursion depth exceeded while ' + what)
    e._json_worded = True
    return e


def _plain(s):
    # The str value of a str subclass (its __str__ is not used).
    return s if type(s) is str else str.__str__(s)


def _needs_no_escape(s, ascii_only):
    if '"' in s or '\\' in s:
        return False
    if ascii_only:
        return s.isascii() and s.isprintable()
    for ch in s:
        if ch < ' ':
            return False
    return True


def encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept)."""
    s = _plain(s)
    if _needs_no_escape(s, False):
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    s = _plain(s)
    if _needs_no_escape(s, True):
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        if ' ' <= ch <= '~':
            out.append(_SHORT_ESCAPES.get(ch, ch))
        elif ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                               0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    key_separator = ': '
    item_separator = ', '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None,
                 separators=None, default=None):
        (self.skipkeys, self.ensure_ascii, self.check_circular,
         self.allow_nan, self.sort_keys, self.indent) = (
            skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
            indent)
        if separators is None:
            if indent is not None:
                self.item_separator = ','   # no trailing blanks when indenting
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object; the result is an iterable of strings."""
        run = _Encoding(self, _one_shot)
        run.value(o, 0)
        return run.out


class _Encoding(object):
    # One run of JSONEncoder.iterencode: settings copied once, output
    # collected in a list of chunks.

    def __init__(self, enc, one_shot):
        self.out = []
        # CPython's C encoder (one-shot runs without indent) words one
        # error message differently.
        self.c_style = one_shot and enc.indent is None
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.allow_nan = enc.allow_nan
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.default = enc.default
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if self.c_style:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: "
                             + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        else:
            try:
                if isinstance(o, (list, tuple)):
                    self.array(o, level)
                elif isinstance(o, dict):
                    self.obj(o, level)
                else:
                    self.enter(o)
                    self.value(self.default(o), level)
                    self.leave(o)
            except RecursionError as e:
                if not self.c_style:
                    raise
                raise _recursion(e, 'encoding a JSON object') from None

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            out.append('[' + newline)
        else:
            newline = None
            sep = self.item_sep
            out.append('[')
        first = True
        for item in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self.value(item, level)
        if newline is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append(']')
        self.leave(lst)

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.floatstr(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def obj(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            out.append('{' + newline)
        else:
            newline = None
            sep = self.item_sep
            out.append('{')
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.string(k))
            out.append(self.key_sep)
            self.value(v, level)
        if newline is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append('}')
        self.leave(dct)


_default_encoder = JSONEncoder()


def _new_encoder(cls, kw, **options):
    return (JSONEncoder if cls is None else cls)(**options, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True,
          check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    stock = (cls is None and not kw and not skipkeys and not sort_keys
             and ensure_ascii and check_circular and allow_nan
             and indent is None and separators is None and default is None)
    if stock:
        return _default_encoder.encode(obj)
    return _new_encoder(cls, kw, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                        check_circular=check_circular, allow_nan=allow_nan,
                        indent=indent, separators=separators,
                        default=default, sort_keys=sort_keys).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True,
         check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (has .write())."""
    enc = _new_encoder(cls, kw, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators,
                       default=default, sort_keys=sort_keys)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


# ----- decoding -----

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Stop(Exception):
    # "Expecting value" at self.pos (CPython's StopIteration from scan_once).
    def __init__(self, pos):
        self.pos = pos


def _hex4(s, start, err_pos):
    digits = s[start:start + 4]
    for ch in digits:
        if ch not in _HEX:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, err_pos)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string starting just after the quote at
    end - 1; return (text, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    parts = []
    while True:
        i = end
        ch = ''
        while i < n:
            ch = s[i]
            if ch == '"' or ch == '\\':
                break
            if strict and ch < ' ':
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if i > end:
            parts.append(s[end:i])
        if ch == '"':
            return ''.join(parts), i + 1
        # a backslash escape
        i += 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[i]
        if esc != 'u':
            if esc not in _ESCAPES:
                raise JSONDecodeError("Invalid \\escape", s, i - 1)
            parts.append(_ESCAPES[esc])
            end = i + 1
            continue
        i += 1
        end = i + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        c = _hex4(s, i, end - 5)
        if 0xd800 <= c <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            c2 = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= c2 <= 0xdfff:
                c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00))
                end += 6
        parts.append(chr(c))


class _Scanner(object):
    # One decoding run of a JSONDecoder.

    def __init__(self, dec, s):
        self.s = s
        self.n = len(s)
        self.strict = dec.strict
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise _Stop(i)
        ch = s[i]
        if ch == '"':
            return scanstring(s, i + 1, self.strict)
        if ch == '{':
            try:
                return self.obj(i + 1)
            except RecursionError as e:
                raise _recursion(e, 'decoding a JSON object from a unicode string') from None
        if ch == '[':
            try:
                return self.array(i + 1)
            except RecursionError as e:
                raise _recursion(e, 'decoding a JSON array from a unicode string') from None
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, start):
        s = self.s
        n = self.n
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise _Stop(start)
        if '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif s[i] == '0':
            i += 1
        else:
            raise _Stop(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i + 1 < n and s[i] in 'eE':
            e_start = i
            i += 1
            if i + 1 < n and s[i] in '-+':
                i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
            if s[i - 1] in _DIGITS:
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def obj(self, i):
        s = self.s
        n = self.n
        pairs = []
        i = _skip_ws(s, i)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, i)
                key, i = scanstring(s, i + 1, self.strict)
                i = _skip_ws(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_ws(s, i + 1)
                val, i = self.value(i)
                pairs.append((key, val))
                i = _skip_ws(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, i + 1

    def array(self, i):
        s = self.s
        n = self.n
        items = []
        i = _skip_ws(s, i)
        if i >= n or s[i] != ']':
            while True:
                val, i = self.value(i)
                items.append(val)
                i = _skip_ws(s, i)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        return items, i + 1


_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': float('nan')}


class JSONDecoder(object):
    """Simple JSON decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_int = parse_int if parse_int else int
        self.parse_float = parse_float if parse_float else float
        self.parse_constant = (parse_constant if parse_constant
                               else _CONSTANTS.__getitem__)
        self.strict = strict

    def decode(self, s):
        """Return the Python representation of s (a str holding a JSON document)."""
        value, stop = self.raw_decode(s, _skip_ws(s, 0))
        trailing = _skip_ws(s, stop)
        if trailing == len(s):
            return value
        raise JSONDecodeError("Extra data", s, trailing)

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx; return (value, end)."""
        try:
            return _Scanner(self, s).value(idx)
        except _Stop as stop:
            raise JSONDecodeError("Expecting value", s, stop.pos) from None


_default_decoder = JSONDecoder()


def _document_text(s):
    # loads() takes str, or UTF-8 bytes with an optional BOM.
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    raw = bytes(s)
    if raw[:3] == b'\xef\xbb\xbf':
        raw = raw[3:]
    return raw.decode('utf-8')


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    text = _document_text(s)
    given = (('object_hook', object_hook),
             ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    for name, hook in given:
        if hook is not None:
            kw[name] = hook
    if cls is None and not kw:
        return _default_decoder.decode(text)
    return (JSONDecoder if cls is None else cls)(**kw).decode(text)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
