for e in [ValueError(), ValueError('one'), ValueError('a', 'b'), KeyError('key'), KeyError(), IndexError(5), Exception(None)]:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('msg')
print(isinstance(e, Exception), isinstance(e, BaseException))
e2 = StopIteration(5)
print(e2.value)
e3 = SystemExit(3)
print(e3.code)
print(KeyError('x').args[0])
