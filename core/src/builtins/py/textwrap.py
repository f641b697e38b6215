"""textwrap: wrapping, filling, shortening and (de)indenting plain text.
Gilt's own implementation matching CPython 3.11's observable behaviour: text
is cut into the same chunks (words, whitespace runs, hyphenated word parts,
em-dashes) and laid out on lines the same way. The chunking is written by
hand, without regular expressions."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: non-breaking spaces and the like stay glued.
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_PUNCT = frozenset('!"\'&.,?')
_SENTENCE_STOPS = frozenset('.!?')
_LOWER_ASCII = frozenset('abcdefghijklmnopqrstuvwxyz')


def _is_word(c):
    return c == '_' or c.isalnum()


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c == '_' or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):
    return c in _PUNCT or c == '_' or c.isalnum()


def _dash_run_before_word(text, pos, n):
    """True when text[pos:] is two or more hyphens and then a word char."""
    end = pos
    while end < n and text[end] == '-':
        end += 1
    return end - pos >= 2 and end < n and _is_word(text[end])


def _letter_at(text, pos, n):
    return 0 <= pos < n and _is_letter(text[pos])


def _hyphen_breaks_after(text, pos, n):
    """Is text[pos] a hyphen inside a word that may end a chunk?"""
    if pos >= n or text[pos] != '-':
        return False
    # what precedes: two letters, or letter-hyphen-letter
    if not _letter_at(text, pos - 1, n):
        return False
    if not (_letter_at(text, pos - 2, n) or
            (pos >= 3 and text[pos - 2] == '-' and
             _letter_at(text, pos - 3, n))):
        return False
    # what follows: two letters, possibly with one hyphen between them
    if not _letter_at(text, pos + 1, n):
        return False
    if _letter_at(text, pos + 2, n):
        return True
    return (pos + 2 < n and text[pos + 2] == '-' and
            _letter_at(text, pos + 3, n))


def _word_stop(text, start, n):
    """End (exclusive) of the word chunk that begins at text[start]."""
    pos = start + 1
    while True:
        if _hyphen_breaks_after(text, pos, n):
            return pos + 1
        if pos >= n or text[pos] in _WS:
            return pos
        if _is_word_punct(text[pos - 1]) and \
                _dash_run_before_word(text, pos, n):
            return pos
        pos += 1


def _chunks_with_hyphens(text):
    pieces = []
    n = len(text)
    pos = 0
    while pos < n:
        if text[pos] in _WS:
            stop = pos + 1
            while stop < n and text[stop] in _WS:
                stop += 1
        elif pos > 0 and _is_word_punct(text[pos - 1]) and \
                _dash_run_before_word(text, pos, n):
            stop = pos
            while text[stop] == '-':
                stop += 1
        else:
            stop = _word_stop(text, pos, n)
        pieces.append(text[pos:stop])
        pos = stop
    return pieces


def _chunks_on_spaces(text):
    pieces = []
    n = len(text)
    pos = 0
    while pos < n:
        blank = text[pos] in _WS
        stop = pos + 1
        while stop < n and (text[stop] in _WS) == blank:
            stop += 1
        pieces.append(text[pos:stop])
        pos = stop
    return pieces


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then maybe a quote, at the end."""
    k = len(chunk) - 1
    if k >= 0 and chunk[k] in '"\'':
        k -= 1
    return k >= 1 and chunk[k] in _SENTENCE_STOPS and \
        chunk[k - 1] in _LOWER_ASCII


class TextWrapper:
    """Wraps paragraphs of text; the keyword arguments become attributes
    that tune the result."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.break_long_words = break_long_words
        self.break_on_hyphens = break_on_hyphens
        self.drop_whitespace = drop_whitespace
        self.expand_tabs = expand_tabs
        self.fix_sentence_endings = fix_sentence_endings
        self.initial_indent = initial_indent
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.replace_whitespace = replace_whitespace
        self.subsequent_indent = subsequent_indent
        self.tabsize = tabsize
        self.width = width

    # -- chunking ---------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space,
        as the options ask."""
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """Cut text into the indivisible pieces that lines are made of."""
        if self.break_on_hyphens is True:
            return _chunks_with_hyphens(text)
        return _chunks_on_spaces(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces wide."""
        k = 0
        last = len(chunks) - 1
        while k < last:
            if chunks[k + 1] == " " and _ends_sentence(chunks[k]):
                chunks[k + 1] = "  "
                k += 2
            else:
                k += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line; the chunk to place is
        the last item of reversed_chunks."""
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # otherwise the long word waits for the next line

    def _wrap_chunks(self, chunks):
        """Lay chunks out on lines no longer than self.width."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 \
                else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        drop = self.drop_whitespace
        pending = chunks[::-1]
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if drop and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                piece = pending.pop()
                line.append(piece)
                used += len(piece)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if drop and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self.max_lines is None or len(lines) + 1 < self.max_lines:
                lines.append(prefix + ''.join(line))
                continue
            rest_blank = not pending or (
                drop and len(pending) == 1 and not pending[0].strip())
            if rest_blank and used <= room:
                lines.append(prefix + ''.join(line))
                continue
            # Out of lines: end with the placeholder.
            self._end_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _end_with_placeholder(self, lines, line, used, room, prefix):
        placeholder = self.placeholder
        while line:
            if line[-1].strip() and used + len(placeholder) <= room:
                lines.append(prefix + ''.join(line) + placeholder)
                return
            used -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(prefix + placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface -------------------------------------------------

    def wrap(self, text):
        """Wrap text into a list of lines, without final newlines."""
        pieces = self._split_chunks(text)
        if not self.fix_sentence_endings:
            return self._wrap_chunks(pieces)
        self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines at most width long."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into one string with newline-separated lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Squash whitespace, then cut text to fit width, marking the cut with
    the placeholder."""
    squashed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squashed)


def _blank_to_empty(line):
    """Lines of only spaces and tabs become empty."""
    if line and not line.strip(' \t'):
        return ''
    return line


def dedent(text):
    """Remove whitespace common to the start of every non-blank line.

    Tabs and spaces are not equivalent: "  x" and "\\tx" share no margin.
    Lines holding only spaces and tabs are emptied."""
    lines = [_blank_to_empty(line) for line in text.split('\n')]
    margin = None
    for line in lines:
        if not line:
            continue
        body = line.lstrip(' \t')
        if not body:
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            same = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                same += 1
            margin = margin[:same]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text that predicate accepts (by
    default, the lines that are not whitespace only)."""
    out = []
    for line in text.splitlines(True):
        keep = line.strip() if predicate is None else predicate(line)
        out.append(prefix + line if keep else line)
    return ''.join(out)
