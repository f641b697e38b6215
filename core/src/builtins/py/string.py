"""string: common string constants and capwords (Gilt's own implementation)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

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
