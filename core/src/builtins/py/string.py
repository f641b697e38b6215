"""string: common string constants and capwords (Gilt's own implementation)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template', 'Formatter']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word
    using capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions.

    Placeholders are scanned by hand (Gilt has no `re`): a subclass may set
    `delimiter`; the default identifier rule (ASCII letters, digits and
    underscores, not starting with a digit) is always used."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name): kind is 'escaped', 'named',
        # 'braced' or 'invalid'; for 'invalid', end is the index just after
        # the delimiter (where CPython's empty `invalid` group matches).
        t = self.template
        d = self.delimiter
        dl = len(d)
        n = len(t)
        i = t.find(d)
        while i >= 0:
            j = i + dl
            if t.startswith(d, j):
                yield 'escaped', i, j + dl, None
                i = t.find(d, j + dl)
                continue
            if j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                yield 'named', i, k, t[j:k]
                i = t.find(d, k)
                continue
            if j + 1 < n and t[j] == '{' and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                if k < n and t[k] == '}':
                    yield 'braced', i, k + 1, t[j + 1:k]
                    i = t.find(d, k + 1)
                    continue
            yield 'invalid', i, j, None
            i = t.find(d, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            def lookup(key):
                if key in kws:
                    return kws[key]
                return mapping[key]
            return lookup
        return mapping

    def substitute(self, mapping=None, /, **kws):
        m = self._mapping(mapping, kws)
        get = m if callable(m) and not hasattr(m, '__getitem__') else m.__getitem__
        out = []
        last = 0
        t = self.template
        for kind, start, end, name in self._scan():
            out.append(t[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append('%s' % (get(name),))
            last = end
        out.append(t[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        m = self._mapping(mapping, kws)
        get = m if callable(m) and not hasattr(m, '__getitem__') else m.__getitem__
        out = []
        last = 0
        t = self.template
        for kind, start, end, name in self._scan():
            out.append(t[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(t[start:end])
            else:
                try:
                    out.append('%s' % (get(name),))
                except KeyError:
                    out.append(t[start:end])
            last = end
        out.append(t[last:])
        return ''.join(out)

    def is_valid(self):
        for kind, _, _, _ in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, _, _, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


# ----- Formatter -----
# CPython's string.Formatter, with the parsing that CPython does in C
# (_string.formatter_parser / formatter_field_name_split) written out here.


def _parse_field(s, i):
    # Parses the field after a '{' at s[i:]; returns (name, conv, spec, next i).
    n = len(s)
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    name = s[start:i - 1] if c in '}:!' and c else s[start:i]
    conv = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conv = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return name, conv, '', i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return name, conv, s[spec_start:i - 1], i
        raise ValueError("unmatched '{' in format spec")
    elif c != '}':
        raise ValueError("expected '}' before end of string")
    return name, conv, '', i


def _formatter_parser(s):
    n = len(s)
    i = 0
    while i < n:
        start = i
        markup = False
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and (at_end or s[i] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        name, conv, spec, i = _parse_field(s, i)
        yield (literal, name, spec, conv)


def _as_index(part):
    if part and part.isdecimal():
        return int(part)
    return part


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == j:
                raise ValueError("Empty attribute in format string")
            yield True, name[j:i]
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == j:
                raise ValueError("Empty attribute in format string")
            key = name[j:i]
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, _as_index(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _field_name_split(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    return _as_index(name[:i]), _field_rest(name, i)


class Formatter:
    """Formats strings like str.format, with overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
