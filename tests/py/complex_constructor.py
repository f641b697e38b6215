# complex(): every argument form CPython's complex_new accepts, and its errors.
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2))
print(complex(1.5, -0.0), complex(-0.0), complex(0, -0.0), complex(-0.0, 0))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(5, imag=6))
print(complex(1j), complex(2j, 3), complex(2, 3j), complex(1 + 2j, 3 + 4j))
z = 3 + 4j
print(complex(z) is z, complex(z) == z)


class WithComplex:
    def __complex__(self):
        return 7 - 1j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 1.5


class Nothing:
    pass


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()))
print(complex(WithFloat(), WithIndex()), complex(1, WithFloat()))
print(complex(WithComplex(), 1))


def attempt(*args, **kwargs):
    try:
        print(repr(complex(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(BadComplex())
attempt(Nothing())
attempt(1, Nothing())
attempt([])
attempt(None)
attempt(b"1")
attempt("1", 2)
attempt(1, "2")
attempt(1, 2, 3)
attempt(1, x=2)
attempt(1, real=2)
attempt(10 ** 400)
attempt(1, 10 ** 400)
attempt(float("inf"), float("nan"))
attempt(imag=1j)
attempt(real="1+1j")
