for v in [0, 1, -7, 10**30, -(2**65), True, False]:
    print(v, v.as_integer_ratio(), v.numerator, v.denominator, v.real, v.imag, v.conjugate(), type(v.as_integer_ratio()[0]).__name__)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__abs__(), (-5).__abs__(), (5).__pos__(), (5).__neg__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(3), (7).__rmod__(3), (7).__divmod__(2), (7).__rdivmod__(30), (7).__truediv__(2), (7).__pow__(2), (2).__rpow__(3), (7).__pow__(2, 5))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__lshift__(2), (6).__rshift__(1), (6).__rand__(3), (6).__radd__(1), (6).__rmul__(2))
print(int.__floor__(7), int.__ceil__(7), int.__round__(7, -1), int.__round__(15, -1), int.__round__(25, -1), int.__trunc__(-7), (7).__hash__(), (7).__ne__(7), (7).__ge__(7), (7).__gt__(7.5))
print((7).__add__("x"), (7).__mul__([1]), (7).__lt__(None), (7).__truediv__(0.5), (7).__eq__(7.0))
