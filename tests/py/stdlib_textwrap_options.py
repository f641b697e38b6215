import textwrap
from textwrap import TextWrapper

TEXT = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do "
        "eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim "
        "ad minim veniam, quis nostrud exercitation ullamco laboris.")

w = TextWrapper(width=30, initial_indent="* ", subsequent_indent="    ")
print(w.fill(TEXT))
print(w.width, repr(w.initial_indent), repr(w.subsequent_indent), w.expand_tabs,
      w.tabsize, w.replace_whitespace, w.fix_sentence_endings,
      w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.max_lines, repr(w.placeholder))
w.width = 45
print(w.fill(TEXT))

# max_lines and placeholder
for n in (1, 2, 3, 10):
    print(n, TextWrapper(width=25, max_lines=n).wrap(TEXT))
print(TextWrapper(width=25, max_lines=2, placeholder=" (more)").wrap(TEXT))
print(TextWrapper(width=12, max_lines=2, placeholder="~").wrap("a b c d e f g h i j k l m"))
print(TextWrapper(width=10, max_lines=2).wrap("short text"))
print(TextWrapper(width=10, max_lines=1).wrap("abcdefghijklmnopq rst"))
print(TextWrapper(width=10, max_lines=2, subsequent_indent="  ").wrap("aaaaaaaaa bbbbbbbbbb cccccccc"))
try:
    TextWrapper(width=8, max_lines=2, subsequent_indent="    ").wrap("x y z")
except ValueError as e:
    print("ValueError:", e)
try:
    TextWrapper(width=5, max_lines=1, placeholder=" [truncated]").wrap("x y z")
except ValueError as e:
    print("ValueError:", e)

# tabs and whitespace
T = "col1\tcol2\tc3\nnext\tline  end"
print(TextWrapper(width=40).wrap(T))
print(TextWrapper(width=40, tabsize=4).wrap(T))
print(TextWrapper(width=40, expand_tabs=False).wrap(T))
print(TextWrapper(width=40, replace_whitespace=False).wrap(T))
print(TextWrapper(width=40, expand_tabs=False, replace_whitespace=False).wrap(T))
print(TextWrapper(width=8, drop_whitespace=False).wrap("  lead  and   trail  "))
print(TextWrapper(width=8).wrap("  lead  and   trail  "))
print(TextWrapper(width=6, drop_whitespace=False, initial_indent="> ").wrap("a b c d e f g"))

# sentence endings
S = 'It was late. "Go home!" she said. Was it? Dr. Smith nodded. OK. fine.'
print(TextWrapper(width=30, fix_sentence_endings=True).wrap(S))
print(TextWrapper(width=200, fix_sentence_endings=True).fill(S))
print(TextWrapper(width=200).fill(S))

# indent longer than width
print(TextWrapper(width=5, initial_indent="------>").wrap("ab cd ef"))
print(TextWrapper(width=4, subsequent_indent="....").wrap("ab cd ef gh"))

# subclass hook
class Upper(TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]
print(Upper(width=12).wrap("make it loud, very-loud please"))
print(textwrap.fill(TEXT, width=50, initial_indent="    ", break_long_words=False))
