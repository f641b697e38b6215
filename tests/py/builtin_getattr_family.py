class Cfg:
    debug = False
c = Cfg()
for name in ['debug', 'verbose']:
    print(name, hasattr(c, name), getattr(c, name, 'n/a'))
setattr(c, 'verbose', True)
setattr(Cfg, 'level', 3)
print(c.verbose, c.level, getattr(c, 'level'))
delattr(c, 'verbose')
print(hasattr(c, 'verbose'))
try:
    delattr(c, 'never')
except AttributeError as e:
    print('AttributeError')
print(getattr([1, 2], 'count')(1), getattr('abc', 'upper')())
print(hasattr(5, 'bit_length'), hasattr(None, 'x'))
