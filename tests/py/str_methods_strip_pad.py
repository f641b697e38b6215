s = '  \t padded \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHELLOcba'.strip('abc'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'))
print('[' + 'mid'.center(9) + ']', '[' + 'mid'.center(8, '*') + ']')
print('[' + 'l'.ljust(5) + ']', '[' + 'r'.rjust(5, '.') + ']', '[' + 'toolong'.ljust(3) + ']')
print('42'.zfill(5), '-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(2))
