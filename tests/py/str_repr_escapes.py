for s in ['plain', "it's", 'say "x"', 'both \' "', 'tab\t', 'nl\n', 'cr\r', 'bs\\', '\x00\x1f\x7f', 'é', '\u200b', '日本', '\U0001f600', '\x80\xa0\xad']:
    print(repr(s))
print(repr(''), repr(' '), str('x'))
print(['a', "b'c"], ('d',), {'e': 'f'})
