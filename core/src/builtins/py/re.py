"""re: regular expression matching. Gilt's own implementation matching
CPython 3.11's observable behaviour: patterns are parsed into a small tree,
the tree is compiled to a list of instructions, and a backtracking machine
with an explicit stack runs them (so deep repetition does not recurse)."""

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split',
           'findall', 'finditer', 'compile', 'purge', 'template', 'escape',
           'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

_MAXREPEAT = 4294967295


# ---------------------------------------------------------------- flags

# In the order CPython's reprs list them.
_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'),
               (32, 'UNICODE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


class RegexFlag(int):
    """Flags for compile() and friends; combine them with |."""

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    @property
    def name(self):
        for bit, name in _FLAG_NAMES:
            if bit == int(self):
                return name
        return None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


def _ordered_repr(self):
    value = int(self)
    if value == 0:
        return 're.NOFLAG'
    parts = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            parts.append('re.' + name)
            value &= ~bit
    if value:
        parts.append(hex(value))
    return '|'.join(parts)


RegexFlag.__repr__ = _ordered_repr
RegexFlag.__str__ = _ordered_repr

for _bit, _name in _FLAG_NAMES:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = RegexFlag(0)

NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII

_INLINE_FLAGS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64, 'a': 256}


# ---------------------------------------------------------------- error

class error(Exception):
    """Raised for an invalid regular expression or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s at position %d (line %d, column %d)' % (
                    msg, pos, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        Exception.__init__(self, msg)


PatternError = error


# ---------------------------------------------------------------- chars

_ASCII_DIGITS = '0123456789'
_ASCII_WORD = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
               '0123456789_')
_ASCII_SPACE = ' \t\n\r\f\v'


def _u_digit(c):
    return c.isdecimal()


def _u_word(c):
    return c.isalnum() or c == '_'


def _u_space(c):
    return c.isspace()


def _a_digit(c):
    return c in _ASCII_DIGITS


def _a_word(c):
    return c in _ASCII_WORD


def _a_space(c):
    return c in _ASCII_SPACE


def _negated(test):
    return lambda c: not test(c)


def _case_variants(c, ascii_only):
    """The characters that c matches when case is ignored."""
    if ascii_only:
        if c < '\x80':
            return {c, c.lower(), c.upper()}
        return {c}
    found = {c}
    for v in (c.lower(), c.upper(), c.casefold()):
        if len(v) == 1:
            found.add(v)
            for w in (v.lower(), v.upper()):
                if len(w) == 1:
                    found.add(w)
    return found


_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t', 'v': '\v', '\\': '\\'}
_SPECIAL = '.^$*+?{}[]\\|()'
_OCTAL = '01234567'
_DIGITS = '0123456789'


# ---------------------------------------------------------------- parser
#
# Tree nodes are tuples:
#   ('lit', text)                       exact text
#   ('one', kind, arg)                  one character: kind 'c' (arg is the
#                                       char), 'p' (arg is a test), 'any',
#                                       'all' (dot under DOTALL)
#   ('cat', [nodes])  ('alt', [nodes])
#   ('group', index, node)
#   ('rep', node, min, max, greedy, possessive)   max None = unbounded
#   ('at', kind)                        anchors: bos eos bol bol_m eol eol_m
#                                       word nonword
#   ('ref', index, ignorecase)
#   ('look', node, behind, negate)
#   ('atomic', node)
#   ('cond', index, yes, no)


class _Parser:

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.is_bytes = not isinstance(pattern, str)
        if self.is_bytes:
            self.s = ''.join(map(chr, pattern))
        else:
            self.s = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1
        self.names = {}
        self.open = []
        self.closed = set()
        self.lookbehind_groups = None

    def error(self, msg, pos):
        return error(msg, self.pattern, pos)

    def peek(self):
        if self.i < len(self.s):
            return self.s[self.i]
        return ''

    def skip_verbose(self, flags):
        if not flags & 64:
            return
        s = self.s
        n = len(s)
        while self.i < n:
            c = s[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < n and s[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.parse_alt(self.flags, True)
        if self.i < len(self.s):
            assert self.s[self.i] == ')'
            raise self.error('unbalanced parenthesis', self.i)
        return node

    def parse_alt(self, flags, top=False):
        branches = [self.parse_seq(flags, top)]
        if top:
            flags = self.flags
        while self.peek() == '|':
            self.i += 1
            branches.append(self.parse_seq(flags, False))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags, top):
        items = []
        s = self.s
        n = len(s)
        while True:
            self.skip_verbose(flags)
            if self.i >= n:
                break
            c = s[self.i]
            if c == '|' or c == ')':
                break
            start = self.i
            if c in '*+?{':
                if c == '{' and self.read_braces() is None:
                    self.i = start + 1
                    items.append(('one', 'c', '{'))
                    continue
                self.i = start
                raise self.error('nothing to repeat', start)
            if c == '(' and s.startswith('(?', start) and \
                    self.i + 2 < n and s[self.i + 2] in 'aiLmsux-':
                got = self.try_global_flags(flags, top and self.only_flags(items))
                if got is not None:
                    flags = got
                    if top:
                        self.flags = flags
                    continue
            atom = self.parse_atom(flags)
            if atom is None:
                continue
            atom = self.parse_quantifiers(atom, flags)
            items.append(atom)
        return self.join(items)

    def only_flags(self, items):
        return not items

    def join(self, items):
        out = []
        for item in items:
            if item[0] == 'one' and item[1] == 'c':
                item = ('lit', item[2])
            if item[0] == 'lit' and out and out[-1][0] == 'lit':
                out[-1] = ('lit', out[-1][1] + item[1])
            elif item[0] == 'cat':
                out.extend(item[1])
            else:
                out.append(item)
        if len(out) == 1:
            return out[0]
        return ('cat', out)

    def try_global_flags(self, flags, allowed):
        """Handle '(?imsx)' style groups; None when this is a scoped group."""
        s = self.s
        j = self.i + 2
        while j < len(s) and s[j] in _INLINE_FLAGS:
            j += 1
        if j < len(s) and s[j] == ')' and j > self.i + 2:
            if not allowed:
                raise self.error(
                    'global flags not at the start of the expression', self.i)
            for ch in s[self.i + 2:j]:
                flags |= _INLINE_FLAGS[ch]
            self.check_flag_mix(flags, self.i + 2)
            self.i = j + 1
            return flags
        return None

    def check_flag_mix(self, flags, pos):
        if self.is_bytes and flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 256 and flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')

    def read_braces(self):
        """Parse '{m,n}' at self.i; return (min, max) or None if literal."""
        s = self.s
        j = self.i + 1
        k = j
        while k < len(s) and s[k] in _DIGITS:
            k += 1
        lo_text = s[j:k]
        if k < len(s) and s[k] == '}':
            if not lo_text:
                return None
            self.i = k + 1
            v = int(lo_text)
            return (v, v)
        if k >= len(s) or s[k] != ',':
            return None
        m = k + 1
        while m < len(s) and s[m] in _DIGITS:
            m += 1
        if m >= len(s) or s[m] != '}':
            return None
        hi_text = s[k + 1:m]
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if lo >= _MAXREPEAT or (hi is not None and hi >= _MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi is not None and hi < lo:
            raise self.error('min repeat greater than max repeat', j)
        self.i = m + 1
        return (lo, hi)

    def parse_quantifiers(self, atom, flags):
        s = self.s
        n = len(s)
        repeated = False
        while True:
            self.skip_verbose(flags)
            if self.i >= n:
                return atom
            c = s[self.i]
            start = self.i
            if c == '*':
                lo, hi = 0, None
                self.i += 1
            elif c == '+':
                lo, hi = 1, None
                self.i += 1
            elif c == '?':
                lo, hi = 0, 1
                self.i += 1
            elif c == '{':
                got = self.read_braces()
                if got is None:
                    return atom
                lo, hi = got
            else:
                return atom
            if repeated:
                raise self.error('multiple repeat', start)
            if atom[0] == 'at':
                raise self.error('nothing to repeat', start)
            greedy = True
            possessive = False
            if self.i < n and s[self.i] == '?':
                greedy = False
                self.i += 1
            elif self.i < n and s[self.i] == '+':
                possessive = True
                self.i += 1
            atom = ('rep', atom, lo, hi, greedy, possessive)
            repeated = True

    def char_node(self, c, flags):
        if flags & 2:
            variants = _case_variants(c, self.ascii(flags))
            if len(variants) > 1 or not self.ascii(flags):
                frozen = frozenset(variants)
                if self.ascii(flags):
                    return ('one', 'p', frozen.__contains__)
                return ('one', 'p', lambda ch: ch in frozen or
                        ch.lower() in frozen)
        return ('one', 'c', c)

    def ascii(self, flags):
        return self.is_bytes or bool(flags & 256)

    def parse_atom(self, flags):
        s = self.s
        c = s[self.i]
        start = self.i
        if c == '(':
            return self.parse_group(flags)
        if c == '[':
            return self.parse_class(flags)
        self.i += 1
        if c == '.':
            return ('one', 'all' if flags & 16 else 'any', None)
        if c == '^':
            return ('at', 'bol_m' if flags & 8 else 'bos')
        if c == '$':
            return ('at', 'eol_m' if flags & 8 else 'eol')
        if c == '\\':
            return self.parse_escape(flags, start)
        return self.char_node(c, flags)

    def category(self, letter, flags):
        if self.ascii(flags):
            table = {'d': _a_digit, 'w': _a_word, 's': _a_space}
        else:
            table = {'d': _u_digit, 'w': _u_word, 's': _u_space}
        test = table[letter.lower()]
        if letter.isupper():
            return _negated(test)
        return test

    def read_escape_char(self, start, in_class):
        """Character escapes shared by classes and the main pattern; the
        backslash is at `start` and self.i points after the escape letter."""
        s = self.s
        c = s[self.i - 1]
        if c in 'xuU':
            if c != 'x' and self.is_bytes:
                raise self.error('bad escape \\' + c, start)
            size = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = s[self.i:self.i + size]
            ok = len(digits) == size and all(
                d in '0123456789abcdefABCDEF' for d in digits)
            if not ok:
                k = 0
                while k < len(digits) and digits[k] in '0123456789abcdefABCDEF':
                    k += 1
                raise self.error('incomplete escape \\%s%s' % (c, digits[:k]),
                                 start)
            self.i += size
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise self.error('bad escape \\%s%s' % (c, digits), start)
            return chr(code)
        if c == '0':
            j = self.i
            while j < len(s) and j < self.i + 2 and s[j] in _OCTAL:
                j += 1
            code = int(s[self.i - 1:j], 8)
            self.i = j
            return chr(code)
        if c in _SIMPLE_ESCAPES and (c != 'b' or in_class):
            return _SIMPLE_ESCAPES[c]
        if c.isascii() and c.isalnum():
            return None
        return c

    def parse_escape(self, flags, start):
        s = self.s
        if self.i >= len(s):
            raise self.error('bad escape (end of pattern)', start)
        c = s[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return ('one', 'p', self.category(c, flags))
        if c == 'A':
            return ('at', 'bos')
        if c == 'Z':
            return ('at', 'eos')
        if c == 'b':
            return ('at', 'word_a' if self.ascii(flags) else 'word')
        if c == 'B':
            return ('at', 'nonword_a' if self.ascii(flags) else 'nonword')
        if c in '123456789':
            j = self.i
            if (j + 1 < len(s) and c in _OCTAL and s[j] in _OCTAL
                    and s[j + 1] in _OCTAL):
                code = int(s[j - 1:j + 2], 8)
                if code > 0o377:
                    raise self.error(
                        'octal escape value \\%s outside of range 0-0o377'
                        % s[j - 1:j + 2], start)
                self.i = j + 2
                return self.char_node(chr(code), flags)
            if j < len(s) and s[j] in _DIGITS:
                j += 1
            self.i = j
            index = int(s[start + 1:j])
            self.check_ref(index, start + 1)
            return ('ref', index, bool(flags & 2), self.ascii(flags))
        ch = self.read_escape_char(start, False)
        if ch is None:
            raise self.error('bad escape \\' + c, start)
        return self.char_node(ch, flags)

    def check_ref(self, index, pos):
        if index >= self.groups:
            raise self.error('invalid group reference %d' % index, pos)
        if index in self.open:
            raise self.error('cannot refer to an open group', pos - 1)
        if self.lookbehind_groups is not None:
            self.lookbehind_groups.add(index)

    def read_name(self, terminator, pos):
        s = self.s
        end = s.find(terminator, self.i)
        if end < 0:
            raise self.error('missing %s, unterminated name' % terminator,
                             self.i)
        name = s[self.i:end]
        if not name:
            raise self.error('missing group name', self.i)
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, self.i)
        self.i = end + 1
        return name

    def parse_group(self, flags):
        s = self.s
        start = self.i
        self.i += 1
        name = None
        capture = True
        if s.startswith('?', self.i):
            self.i += 1
            if self.i >= len(s):
                raise self.error('unexpected end of pattern', self.i)
            c = s[self.i]
            self.i += 1
            if c == 'P':
                if self.i >= len(s):
                    raise self.error('unexpected end of pattern', self.i)
                d = s[self.i]
                self.i += 1
                if d == '<':
                    name = self.read_name('>', self.i)
                elif d == '=':
                    pos = self.i
                    ref = self.read_name(')', pos)
                    if ref not in self.names:
                        raise self.error('unknown group name %r' % ref, pos)
                    index = self.names[ref]
                    if index in self.open:
                        raise self.error('cannot refer to an open group', pos)
                    if self.lookbehind_groups is not None:
                        self.lookbehind_groups.add(index)
                    return ('ref', index, bool(flags & 2), self.ascii(flags))
                else:
                    raise self.error('unknown extension ?P' + d, self.i - 2)
            elif c == ':':
                capture = False
            elif c == '#':
                end = s.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated comment',
                                     start)
                self.i = end + 1
                return None
            elif c in '=!':
                node = self.parse_alt(flags)
                self.close(start)
                return ('look', node, False, c == '!')
            elif c == '<':
                if self.i >= len(s):
                    raise self.error('unexpected end of pattern', self.i)
                d = s[self.i]
                self.i += 1
                if d not in '=!':
                    raise self.error('unknown extension ?<' + d, start + 1)
                else:
                    saved = self.lookbehind_groups
                    self.lookbehind_groups = set()
                    node = self.parse_alt(flags)
                    self.close(start)
                    self.lookbehind_groups = saved
                    lo, hi = _width(node)
                    if lo != hi:
                        raise error('look-behind requires fixed-width pattern')
                    return ('look', node, True, d == '!', lo)
            elif c == '>':
                node = self.parse_alt(flags)
                self.close(start)
                return ('atomic', node)
            elif c == '(':
                return self.parse_conditional(flags, start)
            elif c in _INLINE_FLAGS or c == '-':
                self.i -= 1
                flags = self.scoped_flags(flags)
                capture = False
            else:
                raise self.error('unknown extension ?' + c, start + 1)
        if capture:
            index = self.groups
            self.groups += 1
            if name is not None:
                if name in self.names:
                    raise self.error(
                        'redefinition of group name %r as group %d; '
                        'was group %d' % (name, index, self.names[name]),
                        self.i - len(name) - 1)
                self.names[name] = index
            self.open.append(index)
            node = self.parse_alt(flags)
            self.close(start)
            self.open.remove(index)
            self.closed.add(index)
            return ('group', index, node)
        node = self.parse_alt(flags)
        self.close(start)
        if node[0] == 'cat':
            return ('group', None, node)
        return node

    def close(self, start):
        if self.i >= len(self.s) or self.s[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def scoped_flags(self, flags):
        s = self.s
        on = 0
        off = 0
        while self.i < len(s) and s[self.i] in _INLINE_FLAGS:
            on |= _INLINE_FLAGS[s[self.i]]
            self.i += 1
        if self.i < len(s) and s[self.i] == '-':
            self.i += 1
            if self.i >= len(s):
                raise self.error('missing flag', self.i)
            if s[self.i] not in _INLINE_FLAGS:
                raise self.error('missing flag', self.i)
            while self.i < len(s) and s[self.i] in _INLINE_FLAGS:
                off |= _INLINE_FLAGS[s[self.i]]
                self.i += 1
            if self.i >= len(s) or s[self.i] != ':':
                if self.i >= len(s):
                    raise self.error('missing :', self.i)
                raise self.error('missing :', self.i)
        elif self.i >= len(s) or s[self.i] != ':':
            raise self.error('missing -, : or )', self.i)
        self.i += 1
        return (flags | on) & ~off

    def parse_conditional(self, flags, start):
        s = self.s
        end = s.find(')', self.i)
        if end < 0:
            raise self.error('missing ), unterminated name', self.i)
        ref = s[self.i:end]
        pos = self.i
        if ref.isdigit():
            index = int(ref)
            if index >= self.groups:
                raise self.error('invalid group reference %d' % index, pos)
        elif ref in self.names:
            index = self.names[ref]
        elif ref.isidentifier():
            raise self.error('unknown group name %r' % ref, pos)
        else:
            raise self.error('bad character in group name %r' % ref, pos)
        self.i = end + 1
        yes = self.parse_seq(flags, False)
        no = ('cat', [])
        if self.peek() == '|':
            self.i += 1
            no = self.parse_seq(flags, False)
            if self.peek() == '|':
                raise self.error('conditional backref with more than two '
                                 'branches', self.i)
        self.close(start)
        return ('cond', index, yes, no)

    def parse_class(self, flags):
        s = self.s
        n = len(s)
        start = self.i
        self.i += 1
        negate = False
        if self.i < n and s[self.i] == '^':
            negate = True
            self.i += 1
        chars = set()
        ranges = []
        tests = []
        first = True
        while True:
            if self.i >= n:
                raise self.error('unterminated character set', start)
            c = s[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_pos = self.i
            lo = self.class_item(flags, tests)
            if (self.i + 1 < n and s[self.i] == '-' and s[self.i + 1] != ']'):
                self.i += 1
                hi_pos = self.i
                hi = self.class_item(flags, tests)
                if lo is None or hi is None:
                    raise self.error('bad character range %s' %
                                     s[item_pos:self.i], item_pos)
                if hi < lo:
                    raise self.error('bad character range %s' %
                                     s[item_pos:self.i], item_pos)
                ranges.append((ord(lo), ord(hi)))
            elif lo is not None:
                chars.add(lo)
        return ('one', 'p', self.class_test(chars, ranges, tests, negate,
                                            flags))

    def class_item(self, flags, tests):
        """One class member: returns its char, or None after adding a
        category test such as \\d to `tests`."""
        s = self.s
        c = s[self.i]
        start = self.i
        self.i += 1
        if c != '\\':
            return c
        if self.i >= len(s):
            raise self.error('unterminated character set', start)
        c = s[self.i]
        self.i += 1
        if c in 'dDwWsS':
            tests.append(self.category(c, flags))
            return None
        if c in '1234567' and self.i + 1 < len(s) and \
                s[self.i] in _OCTAL and s[self.i + 1] in _OCTAL:
            code = int(s[self.i - 1:self.i + 2], 8)
            self.i += 2
            return chr(code)
        ch = self.read_escape_char(start, True)
        if ch is None:
            raise self.error('bad escape \\' + c, start)
        return ch

    def class_test(self, chars, ranges, tests, negate, flags):
        if flags & 2:
            ascii_only = self.ascii(flags)
            folded = set()
            for ch in chars:
                folded |= _case_variants(ch, ascii_only)
            chars = folded
            if ranges:
                plain = ranges

                def in_ranges(c):
                    for v in _case_variants(c, ascii_only):
                        o = ord(v)
                        for lo, hi in plain:
                            if lo <= o <= hi:
                                return True
                    return False
                tests = tests + [in_ranges]
        elif ranges:
            plain = ranges

            def in_ranges(c):
                o = ord(c)
                for lo, hi in plain:
                    if lo <= o <= hi:
                        return True
                return False
            if len(ranges) <= 3 and not tests and not chars:
                # Common case such as [a-z0-9]: one flat test.
                if len(ranges) == 1:
                    a, b = chr(ranges[0][0]), chr(ranges[0][1])
                    if negate:
                        return lambda c: not (a <= c <= b)
                    return lambda c: a <= c <= b
            tests = tests + [in_ranges]
        members = frozenset(chars)
        if flags & 2 and not self.ascii(flags):
            tests = [lambda c: c.lower() in members] + list(tests)
        if not tests:
            if negate:
                return lambda c: c not in members
            return members.__contains__
        tests = tuple(tests)

        def test(c):
            if c in members:
                return not negate
            for t in tests:
                if t(c):
                    return not negate
            return negate
        return test


def _width(node):
    """(min, max) length a node matches; max None when unbounded."""
    kind = node[0]
    if kind == 'lit':
        return len(node[1]), len(node[1])
    if kind == 'one':
        return 1, 1
    if kind == 'cat':
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == 'alt':
        widths = [_width(item) for item in node[1]]
        lo = min(w[0] for w in widths)
        his = [w[1] for w in widths]
        hi = None if None in his else max(his)
        return lo, hi
    if kind == 'group' or kind == 'atomic':
        return _width(node[-1])
    if kind == 'rep':
        a, b = _width(node[1])
        hi = None if node[3] is None or b is None else b * node[3]
        return a * node[2], hi
    if kind == 'ref':
        return 0, None
    if kind == 'cond':
        a, b = _width(node[2])
        c, d = _width(node[3])
        return min(a, c), (None if b is None or d is None else max(b, d))
    return 0, 0


# ---------------------------------------------------------------- compiler

(_LIT, _ONE, _ANY, _ALL, _CHAR, _REP, _SPLIT, _JMP, _OPEN, _CLOSE, _AT,
 _REF, _LOOK, _ATOMIC, _COND, _MARK, _CHECK, _MATCH) = range(18)


class _Compiler:

    def __init__(self, ngroups):
        self.ngroups = ngroups
        # registers: 2 per group for spans, 1 per group for open marks,
        # then lastindex, then loop marks
        self.nregs = 3 * ngroups + 1
        self.last_reg = 3 * ngroups

    def compile(self, node, main):
        code = []
        self.emit(node, code)
        code.append((_MATCH, main))
        self.peephole(code)
        return code

    def peephole(self, code):
        for k, op in enumerate(code):
            if op[0] == _REP and op[5] and k + 1 < len(code):
                nxt = code[k + 1]
                if nxt[0] == _LIT:
                    code[k] = op[:6] + (nxt[1][0],)

    def emit(self, node, code):
        kind = node[0]
        if kind == 'lit':
            code.append((_LIT, node[1]))
        elif kind == 'one':
            code.append(self.one_op(node))
        elif kind == 'cat':
            for item in node[1]:
                self.emit(item, code)
        elif kind == 'alt':
            jumps = []
            branches = node[1]
            for k, branch in enumerate(branches):
                if k < len(branches) - 1:
                    at = len(code)
                    code.append(None)
                    self.emit(branch, code)
                    jumps.append(len(code))
                    code.append(None)
                    code[at] = (_SPLIT, at + 1, len(code))
                else:
                    self.emit(branch, code)
            for j in jumps:
                code[j] = (_JMP, len(code))
        elif kind == 'group':
            if node[1] is None:
                self.emit(node[2], code)
            else:
                code.append((_OPEN, 2 * self.ngroups + node[1]))
                self.emit(node[2], code)
                code.append((_CLOSE, node[1], 2 * self.ngroups + node[1],
                             self.last_reg))
        elif kind == 'rep':
            self.emit_rep(node, code)
        elif kind == 'at':
            code.append((_AT, node[1]))
        elif kind == 'ref':
            code.append((_REF, node[1], node[2], node[3]))
        elif kind == 'look':
            sub = self.compile(node[1], False)
            width = node[4] if node[2] else 0
            code.append((_LOOK, sub, node[2], node[3], width))
        elif kind == 'atomic':
            code.append((_ATOMIC, self.compile(node[1], False)))
        elif kind == 'cond':
            at = len(code)
            code.append(None)
            self.emit(node[2], code)
            jump = len(code)
            code.append(None)
            code[at] = (_COND, node[1], len(code))
            self.emit(node[3], code)
            code[jump] = (_JMP, len(code))
        else:
            raise AssertionError(kind)

    def one_op(self, node):
        if node[1] == 'c':
            return (_CHAR, node[2])
        if node[1] == 'p':
            return (_ONE, node[2])
        if node[1] == 'any':
            return (_ANY,)
        return (_ALL,)

    def emit_rep(self, node, code):
        sub, lo, hi, greedy, possessive = node[1:]
        if possessive:
            inner = self.compile(('rep', sub, lo, hi, True, False), False)
            code.append((_ATOMIC, inner))
            return
        if sub[0] == 'lit' and len(sub[1]) == 1:
            sub = ('one', 'c', sub[1])
        if sub[0] == 'one':
            op = self.one_op(sub)
            if op[0] == _CHAR:
                test = op[1]
            elif op[0] == _ONE:
                test = op[1]
            else:
                test = None
            code.append((_REP, op[0], test, lo,
                         _MAXREPEAT if hi is None else hi, greedy, None))
            return
        for _ in range(lo):
            self.emit(sub, code)
        nullable = _width(sub)[0] == 0
        if hi is None:
            top = len(code)
            code.append(None)
            reg = None
            if nullable:
                reg = self.nregs
                self.nregs += 1
                code.append((_MARK, reg))
            self.emit(sub, code)
            check = None
            if nullable:
                check = len(code)
                code.append(None)
            code.append((_JMP, top))
            out = len(code)
            if greedy:
                code[top] = (_SPLIT, top + 1, out)
            else:
                code[top] = (_SPLIT, out, top + 1)
            if check is not None:
                code[check] = (_CHECK, reg, out)
        else:
            splits = []
            for _ in range(hi - lo):
                splits.append(len(code))
                code.append(None)
                self.emit(sub, code)
            out = len(code)
            for at in splits:
                if greedy:
                    code[at] = (_SPLIT, at + 1, out)
                else:
                    code[at] = (_SPLIT, out, at + 1)


# ---------------------------------------------------------------- machine

def _is_word(s, i, ascii_only):
    c = s[i]
    if ascii_only:
        return c in _ASCII_WORD
    return c.isalnum() or c == '_'


def _at(kind, s, i, n):
    if kind == 'bos':
        return i == 0
    if kind == 'eos':
        return i == n
    if kind == 'eol':
        return i == n or (i == n - 1 and s[i] == '\n')
    if kind == 'bol_m':
        return i == 0 or s[i - 1] == '\n'
    if kind == 'eol_m':
        return i == n or s[i] == '\n'
    ascii_only = kind.endswith('_a')
    before = i > 0 and _is_word(s, i - 1, ascii_only)
    after = i < n and _is_word(s, i, ascii_only)
    if kind.startswith('word'):
        return before != after
    return before == after


def _fold_equal(a, b, ascii_only):
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y and y not in _case_variants(x, ascii_only):
            return False
    return True


def _run(code, s, i, regs, must_end, no_empty_at):
    """Run `code` on s from i; return the end position or -1. regs holds
    group marks and is updated in place; must_end >= 0 asks for a match
    ending there, no_empty_at >= 0 rejects an empty match starting there."""
    n = len(s)
    start = i
    stack = []
    push = stack.append
    pc = 0
    while True:
        op = code[pc]
        t = op[0]
        if t == _LIT:
            lit = op[1]
            if s.startswith(lit, i):
                i += len(lit)
                pc += 1
                continue
        elif t == _CHAR:
            if i < n and s[i] == op[1]:
                i += 1
                pc += 1
                continue
        elif t == _ONE:
            if i < n and op[1](s[i]):
                i += 1
                pc += 1
                continue
        elif t == _REP:
            kind, test, lo, hi, greedy, nextc = op[1:]
            limit = n if hi >= n - i else i + hi
            if greedy:
                if kind == _ALL:
                    j = limit
                elif kind == _ANY:
                    j = s.find('\n', i, limit)
                    if j < 0:
                        j = limit
                elif kind == _CHAR:
                    j = i
                    while j < limit and s[j] == test:
                        j += 1
                else:
                    j = i
                    while j < limit and test(s[j]):
                        j += 1
                low = i + lo
                if j >= low:
                    if nextc is not None:
                        j = s.rfind(nextc, low, j + 1)
                        if j < 0:
                            j = low - 1
                    if j >= low:
                        if j > low:
                            push((2, pc + 1, low, j, nextc))
                        i = j
                        pc += 1
                        continue
            else:
                j = i
                low = i + lo
                ok = low <= limit
                while ok and j < low:
                    c = s[j]
                    if kind == _ANY:
                        ok = c != '\n'
                    elif kind == _CHAR:
                        ok = c == test
                    elif kind != _ALL:
                        ok = test(c)
                    j += 1
                if ok:
                    if j < limit:
                        push((3, pc + 1, j, limit, kind, test))
                    i = j
                    pc += 1
                    continue
        elif t == _SPLIT:
            push((1, op[2], i))
            pc = op[1]
            continue
        elif t == _JMP:
            pc = op[1]
            continue
        elif t == _OPEN:
            slot = op[1]
            push((0, slot, regs[slot]))
            regs[slot] = i
            pc += 1
            continue
        elif t == _CLOSE:
            g, mark, last = op[1:]
            a = 2 * g
            push((0, a, regs[a]))
            push((0, a + 1, regs[a + 1]))
            push((0, last, regs[last]))
            regs[a] = regs[mark]
            regs[a + 1] = i
            regs[last] = g
            pc += 1
            continue
        elif t == _ANY:
            if i < n and s[i] != '\n':
                i += 1
                pc += 1
                continue
        elif t == _ALL:
            if i < n:
                i += 1
                pc += 1
                continue
        elif t == _AT:
            if _at(op[1], s, i, n):
                pc += 1
                continue
        elif t == _MATCH:
            if op[1] and ((must_end >= 0 and i != must_end) or
                          (i == start == no_empty_at)):
                pass
            else:
                return i
        elif t == _MARK:
            slot = op[1]
            push((0, slot, regs[slot]))
            regs[slot] = i
            pc += 1
            continue
        elif t == _CHECK:
            if regs[op[1]] == i:
                pc = op[2]
            else:
                pc += 1
            continue
        elif t == _REF:
            g = op[1]
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= 0:
                text = s[a:b]
                if not op[2]:
                    if s.startswith(text, i):
                        i += len(text)
                        pc += 1
                        continue
                elif _fold_equal(text, s[i:i + len(text)], op[3]):
                    i += len(text)
                    pc += 1
                    continue
        elif t == _LOOK:
            sub, behind, negate, width = op[1:]
            saved = list(regs)
            if behind:
                begin = i - width
                found = begin >= 0 and _run(sub, s, begin, regs, -1, -1) >= 0
            else:
                found = _run(sub, s, i, regs, -1, -1) >= 0
            if found and not negate:
                for slot in range(len(regs)):
                    if regs[slot] != saved[slot]:
                        push((0, slot, saved[slot]))
                pc += 1
                continue
            regs[:] = saved
            if negate and not found:
                pc += 1
                continue
        elif t == _ATOMIC:
            saved = list(regs)
            end = _run(op[1], s, i, regs, -1, -1)
            if end >= 0:
                for slot in range(len(regs)):
                    if regs[slot] != saved[slot]:
                        push((0, slot, saved[slot]))
                i = end
                pc += 1
                continue
            regs[:] = saved
        elif t == _COND:
            g = op[1]
            if regs[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        # failure: backtrack
        while True:
            if not stack:
                return -1
            e = stack.pop()
            k = e[0]
            if k == 0:
                regs[e[1]] = e[2]
                continue
            if k == 1:
                pc = e[1]
                i = e[2]
                break
            if k == 2:
                pc, low, j, nextc = e[1:]
                j -= 1
                if nextc is not None:
                    j = s.rfind(nextc, low, j + 1)
                    if j < 0:
                        continue
                if j > low:
                    push((2, pc, low, j, nextc))
                i = j
                break
            # lazy repeat: take one more character
            pc, j, limit, kind, test = e[1:]
            c = s[j]
            if kind == _ANY:
                ok = c != '\n'
            elif kind == _ALL:
                ok = True
            elif kind == _CHAR:
                ok = c == test
            else:
                ok = test(c)
            if not ok:
                continue
            j += 1
            if j < limit:
                push((3, pc, j, limit, kind, test))
            i = j
            break


# ---------------------------------------------------------------- objects

def _sliceable(string):
    if isinstance(string, (str, bytes)):
        return string
    return bytes(string)


def _as_text(string):
    if isinstance(string, str):
        return string
    return ''.join(map(chr, bytes(string)))


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        parser = _Parser(pattern, flags)
        parser.check_flag_mix(flags, 0)
        tree = parser.parse()
        flags = parser.flags
        parser.check_flag_mix(flags, 0)
        if isinstance(pattern, str) and not flags & 256:
            flags |= 32
        self._pattern = pattern
        self._flags = flags
        self._groups = parser.groups - 1
        self._groupindex = dict(parser.names)
        self._names = {v: k for k, v in parser.names.items()}
        compiler = _Compiler(parser.groups)
        self._code = compiler.compile(tree, True)
        self._nregs = compiler.nregs
        self._is_bytes = not isinstance(pattern, str)
        first = self._code[0]
        self._prefix = first[1] if first[0] == _LIT else None
        self._anchored = first[0] == _AT and first[1] == 'bos'
        # a test the first character of any match must pass, if known
        self._first = None
        if first[0] == _CHAR:
            self._first = first[1].__eq__
        elif first[0] == _ONE:
            self._first = first[1]
        elif first[0] == _REP and first[3] >= 1:
            if first[1] == _CHAR:
                self._first = first[2].__eq__
            elif first[1] == _ONE:
                self._first = first[2]

    pattern = property(lambda self: self._pattern)
    flags = property(lambda self: self._flags)
    groups = property(lambda self: self._groups)

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self._flags
        if not self._is_bytes:
            flags &= ~32
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, _ordered_repr(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._pattern == other._pattern
                and self._flags == other._flags)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _subject(self, string):
        if self._is_bytes:
            if isinstance(string, str):
                raise TypeError(
                    'cannot use a bytes pattern on a string-like object')
        elif not isinstance(string, str):
            raise TypeError(
                'cannot use a string pattern on a bytes-like object')
        return _as_text(string)

    def _bounds(self, text, pos, endpos):
        n = len(text)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < pos:
            endpos = pos
        if endpos > n:
            endpos = n
        return pos, endpos

    def _try(self, text, at, must_end, no_empty_at):
        regs = [-1] * self._nregs
        end = _run(self._code, text, at, regs, must_end, no_empty_at)
        if end < 0:
            return None
        regs[0] = at
        regs[1] = end
        return regs

    def _search(self, text, pos, no_empty_at=-1):
        n = len(text)
        prefix = self._prefix
        at = pos
        while at <= n:
            if prefix is not None:
                at = text.find(prefix, at)
                if at < 0:
                    return None
            elif self._first is not None:
                test = self._first
                while at < n and not test(text[at]):
                    at += 1
                if at >= n:
                    return None
            regs = self._try(text, at, -1, no_empty_at)
            if regs is not None:
                return regs
            if self._anchored:
                return None
            at += 1
        return None

    def _make(self, string, regs, pos, endpos):
        return Match(self, string, regs, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXREPEAT):
        """Match at the start of string (or at pos)."""
        return self._match_at(string, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=_MAXREPEAT):
        """Match the whole of string (or of string[pos:endpos])."""
        return self._match_at(string, pos, endpos, True)

    def _match_at(self, string, pos, endpos, whole):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        regs = self._try(text[:endpos], pos, endpos if whole else -1, -1)
        if regs is None:
            return None
        return self._make(string, regs, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXREPEAT):
        """Find the first place where the pattern matches."""
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        regs = self._search(text[:endpos], pos)
        if regs is None:
            return None
        return self._make(string, regs, pos, endpos)

    def _iter_regs(self, text, pos):
        """Successive non-overlapping matches, with Python 3.7's rules for
        empty matches: one may not start where the previous empty one was."""
        no_empty_at = -1
        n = len(text)
        while pos <= n:
            regs = self._search(text, pos, no_empty_at)
            if regs is None:
                return
            yield regs
            pos = regs[1]
            no_empty_at = pos if regs[0] == regs[1] else -1

    def finditer(self, string, pos=0, endpos=_MAXREPEAT):
        """Iterator of Match objects over all non-overlapping matches."""
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        text = text[:endpos]
        for regs in self._iter_regs(text, pos):
            yield self._make(string, regs, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXREPEAT):
        """List of all matches: whole matches, the one group, or tuples."""
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        text = text[:endpos]
        out = []
        ng = self._groups
        string = _sliceable(string)
        empty = string[0:0]
        for regs in self._iter_regs(text, pos):
            if ng == 0:
                out.append(string[regs[0]:regs[1]])
            elif ng == 1:
                out.append(string[regs[2]:regs[3]] if regs[3] >= 0
                           else empty)
            else:
                row = []
                for g in range(1, ng + 1):
                    a = regs[2 * g]
                    b = regs[2 * g + 1]
                    row.append(string[a:b] if b >= 0 else empty)
                out.append(tuple(row))
        return out

    def split(self, string, maxsplit=0):
        """Split string by the matches; groups are kept in the result."""
        text = self._subject(string)
        string = _sliceable(string)
        out = []
        last = 0
        count = 0
        ng = self._groups
        for regs in self._iter_regs(text, 0):
            if maxsplit > 0 and count >= maxsplit:
                break
            out.append(string[last:regs[0]])
            for g in range(1, ng + 1):
                a = regs[2 * g]
                b = regs[2 * g + 1]
                out.append(string[a:b] if b >= 0 else None)
            last = regs[1]
            count += 1
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        """Replace matches with repl (a template or a function)."""
        return self._subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub() but returns (new_string, number_of_subs)."""
        return self._subn(repl, string, count)

    def _subn(self, repl, string, count):
        text = self._subject(string)
        if callable(repl):
            make = None
        else:
            if self._is_bytes:
                repl = bytes(repl) if not isinstance(repl, bytes) else repl
            elif not isinstance(repl, str):
                raise TypeError('expected str instance, %s found'
                                % type(repl).__name__)
            parts = _parse_template(self, repl)
            make = parts
        original = string
        string = _sliceable(string)
        pieces = []
        last = 0
        done = 0
        for regs in self._iter_regs(text, 0):
            if count > 0 and done >= count:
                break
            pieces.append(string[last:regs[0]])
            m = Match(self, original, regs, 0, len(text))
            if make is None:
                value = repl(m)
            else:
                value = _expand(m, make)
            if value:
                pieces.append(value)
            last = regs[1]
            done += 1
        pieces.append(string[last:])
        return string[0:0].join(pieces), done

    def scanner(self, string, pos=0, endpos=_MAXREPEAT):
        return _Scanner(self, string, pos, endpos)


class _Scanner:

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos)

    def search(self):
        return next(self._it, None)

    match = search


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, regs, pos, endpos):
        self._pattern = pattern
        self._string = string
        self._text = _sliceable(string)
        ng = pattern._groups
        self._spans = [(regs[2 * g], regs[2 * g + 1]) if regs[2 * g + 1] >= 0
                       else (-1, -1) for g in range(ng + 1)]
        last = regs[3 * (ng + 1)]
        self._lastindex = last if last > 0 else None
        self._pos = pos
        self._endpos = endpos

    re = property(lambda self: self._pattern)
    string = property(lambda self: self._string)
    pos = property(lambda self: self._pos)
    endpos = property(lambda self: self._endpos)
    lastindex = property(lambda self: self._lastindex)

    @property
    def lastgroup(self):
        if self._lastindex is None:
            return None
        return self._pattern._names.get(self._lastindex)

    @property
    def regs(self):
        return tuple(self._spans)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g < len(self._spans):
                return int(g)
        elif isinstance(g, (str, bytes)):
            index = self._pattern._groupindex.get(g)
            if index is not None:
                return index
        elif hasattr(g, '__index__'):
            try:
                k = g.__index__()
            except Exception:
                k = -1
            if 0 <= k < len(self._spans):
                return k
        raise IndexError('no such group')

    def _value(self, g, default=None):
        a, b = self._spans[self._index(g)]
        if b < 0:
            return default
        return self._text[a:b]

    def group(self, *groups):
        """One group (default 0), or a tuple of several."""
        if not groups:
            return self._value(0)
        if len(groups) == 1:
            return self._value(groups[0])
        return tuple(self._value(g) for g in groups)

    def __getitem__(self, g):
        return self._value(g)

    def groups(self, default=None):
        """Tuple of all the capturing groups."""
        return tuple(self._value(g, default)
                     for g in range(1, len(self._spans)))

    def groupdict(self, default=None):
        """Dict of the named groups."""
        return {name: self._value(index, default)
                for name, index in self._pattern._groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    def expand(self, template):
        """Fill a sub()-style template from this match."""
        return _expand(self, _parse_template(self._pattern, template))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (
            self._spans[0], self._value(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------- templates

def _parse_template(pattern, template):
    """Split a replacement template into literal text and group numbers."""
    is_bytes = not isinstance(template, str)
    s = _as_text(template)
    parts = []
    buf = []
    i = 0
    n = len(s)

    def fail(msg, pos):
        return error(msg, template, pos)
    while i < n:
        c = s[i]
        if c != '\\':
            buf.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise fail('bad escape (end of pattern)', start)
        c = s[i]
        i += 1
        index = None
        if c == 'g':
            if i >= n or s[i] != '<':
                raise fail('missing <', i)
            end = s.find('>', i + 1)
            if end < 0:
                raise fail('missing >, unterminated name', i + 1)
            name = s[i + 1:end]
            if not name:
                raise fail('missing group name', i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise fail('invalid group reference %d' % index, i + 1)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern._groupindex[name]
            else:
                raise fail('bad character in group name %r' % name, i + 1)
            i = end + 1
        elif c == '0':
            j = i
            while j < n and j < i + 2 and s[j] in _OCTAL:
                j += 1
            buf.append(chr(int(s[i - 1:j], 8)))
            i = j
        elif c in _DIGITS:
            if (i + 1 < n and c in _OCTAL and s[i] in _OCTAL
                    and s[i + 1] in _OCTAL):
                code = int(s[i - 1:i + 2], 8)
                if code > 0o377:
                    raise fail('octal escape value \\%s outside of range '
                               '0-0o377' % s[i - 1:i + 2], start)
                buf.append(chr(code))
                i += 2
            else:
                j = i
                if j < n and s[j] in _DIGITS:
                    j += 1
                index = int(s[i - 1:j])
                if index > pattern.groups:
                    raise fail('invalid group reference %d' % index, i - 1)
                i = j
        elif c in _SIMPLE_ESCAPES:
            buf.append(_SIMPLE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise fail('bad escape \\' + c, start)
        else:
            buf.append('\\' + c)
        if index is not None:
            if buf:
                parts.append(''.join(buf))
                buf = []
            parts.append(index)
    if buf:
        parts.append(''.join(buf))
    if is_bytes:
        parts = [bytes(map(ord, p)) if isinstance(p, str) else p
                 for p in parts]
    return parts


def _expand(m, parts):
    out = []
    string = m._text
    for part in parts:
        if isinstance(part, int):
            a, b = m._spans[part]
            if b >= 0 and b > a:
                out.append(string[a:b])
        else:
            out.append(part)
    if isinstance(string, str):
        return ''.join(out)
    return b''.join(bytes(p) for p in out)


# ---------------------------------------------------------------- module API

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                'cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Match the pattern at the start of string; a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against all of string; a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Find the pattern anywhere in string; a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping matches with repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub() but also return the number of replacements."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """List all non-overlapping matches in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Iterator of Match objects over the matches in string."""
    return _compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    return _compile(pattern, flags | 1)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_ESCAPED = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Backslash-escape the special characters in pattern."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _ESCAPED else c for c in pattern)
    text = ''.join(map(chr, pattern))
    out = ''.join('\\' + c if c in _ESCAPED else c for c in text)
    return bytes(map(ord, out))
