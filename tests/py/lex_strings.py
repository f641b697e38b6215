# String literal forms and escapes
print('single', "double", '''triple
single''', """triple
double""")
print('tab:\t|', 'nl-escape:\\n', 'quote:\'', "dq:\"")
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600' == '\U0001f600')
print(r'raw\n\t', R"raw\\")
print('adjacent' ' literals' " joined")
print(len('\N{LATIN SMALL LETTER A}'), '\N{LATIN SMALL LETTER A}')
print(repr('a\nb'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(b'bytes', B"\x00\xff", rb'\n')
s = 'line one \
continued'
print(s)
