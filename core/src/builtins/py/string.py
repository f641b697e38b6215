"""Gilt's own implementation of the string module (character-class
constants, capwords, Template and Formatter), matching CPython 3.11's
observable behaviour."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template', 'Formatter']

# The constants are built from code points so they read as what they are.
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = ''.join(map(str, range(10)))
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# Printable ASCII that is neither a letter, a digit nor a space.
punctuation = ''.join(c for c in map(chr, range(0x21, 0x7f)) if not c.isalnum())
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
        # Report the 1-based line and column of the bad placeholder.
        rows = self.template[:i].splitlines(keepends=True)
        line, col = (len(rows), len(rows[-1])) if rows else (1, 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, col))

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


_MIXED_NUMBERING = ('cannot switch from manual field specification '
                    'to automatic field numbering')
_CONVERTERS = {'s': str, 'r': repr, 'a': ascii}


def _number_field(field, counter):
    """Resolve automatic numbering: counter is the next automatic index,
    or False once a field was numbered by hand."""
    if field == '':
        if counter is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(counter), counter + 1
    if field.isdigit():
        if counter:
            raise ValueError(_MIXED_NUMBERING)
        return field, False
    return field, counter


class Formatter:
    """str.format as a class whose steps (parse, get_field, get_value,
    convert_field, format_field, check_unused_args) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text = self._vformat(format_string, args, kwargs, seen, 2)[0]
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # Returns the text and the numbering state for the caller, since a
        # nested spec such as '{:{}}' consumes automatic indexes too.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        counter = auto_arg_index
        for literal, field, spec, conv in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            field, counter = _number_field(field, counter)
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conv)
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1,
                                          auto_arg_index=counter)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), counter

    def get_value(self, key, args, kwargs):
        """Positional argument for an int key, keyword argument otherwise."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook to reject unused arguments; accepts everything by default."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a !s, !r or !a conversion (None: leave value alone)."""
        if conversion is None:
            return value
        convert = _CONVERTERS.get(conversion)
        if convert is None:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return convert(value)

    def parse(self, format_string):
        """(literal, field name, spec, conversion) tuples, as str.format
        splits the string."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name such as '0.attr[key]' refers to, and the
        argument key it started from."""
        head, tail = _field_name_split(field_name)
        obj = self.get_value(head, args, kwargs)
        for is_attr, part in tail:
            obj = getattr(obj, part) if is_attr else obj[part]
        return obj, head
