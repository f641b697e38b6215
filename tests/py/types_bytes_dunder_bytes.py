# bytes.__bytes__ (3.11): the object itself; SupportsBytes sees it.
b = b'abc'
print(b.__bytes__() is b, bytes.__bytes__(b))
class B(bytes): pass
x = B(b'hi')
print(type(x.__bytes__()).__name__, x.__bytes__(), bytes(x), type(bytes(x)).__name__)
print(hasattr(bytearray(), '__bytes__'))
try: bytes.__bytes__(bytearray(b'x'))
except TypeError as e: print(e)
try: b.__bytes__(1)
except TypeError as e: print(e)
from typing import SupportsBytes
print(isinstance(b'x', SupportsBytes), isinstance(bytearray(), SupportsBytes))
