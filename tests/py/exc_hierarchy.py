pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError),
    (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, ValueError),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
try:
    {}[1]
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    raise OverflowError('big')
except ArithmeticError as e:
    print('ArithmeticError caught', e)
