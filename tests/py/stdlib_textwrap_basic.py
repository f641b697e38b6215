import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs!  How vexingly quick daft zebras jump? "
        "Sphinx of black quartz, judge my vow.")

for width in (10, 20, 33, 50, 70, 200):
    lines = textwrap.wrap(TEXT, width)
    print(width, len(lines), max(len(l) for l in lines))
    for l in lines:
        print("  |%s|" % l)

print(textwrap.fill(TEXT, 40))
print(repr(textwrap.fill("", 10)), textwrap.wrap(""), textwrap.wrap("   "))
print(textwrap.wrap("one\ttwo\nthree\x0bfour\x0cfive\rsix", 12))

# hyphenated and long words
HY = ("A well-known, state-of-the-art, re-entrant, copy-on-write B-tree "
      "look-up -- now with em-dashes--really--and x-1 2-y e-mail -option "
      "--long-flag and a-b-c-d.")
for width in (6, 9, 12, 17, 25):
    print(width, textwrap.wrap(HY, width))
    print(width, textwrap.wrap(HY, width, break_on_hyphens=False))

LONG = "supercalifragilisticexpialidocious antidisestablishmentarianism ok"
for width in (5, 8, 13, 30):
    print(width, textwrap.wrap(LONG, width))
    print(width, textwrap.wrap(LONG, width, break_long_words=False))
print(textwrap.wrap("aaaa-bbbbbbbbbbbb-cccccccc", 10))
print(textwrap.wrap("----------x", 4))
print(textwrap.wrap("http://example.com/some-very-long-path/with-hyphens", 15))

# shorten
for width in (10, 15, 20, 30, 60, 200):
    print(width, repr(textwrap.shorten(TEXT, width)))
print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
print(repr(textwrap.shorten("  lots \n of \t  space   here ", 100)))
try:
    textwrap.shorten("Hello world", width=3)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.fill("abc", -3)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc", 10, bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(textwrap.__all__))
