# Flag and IntFlag: combination, membership, iteration, repr, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6  # a named combination: an alias, not iterated
    NONE = 0


print(list(Perm), len(Perm), Perm.__members__.keys())
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw is Perm.RW, rw.name, rw.value, Perm(6) is rw)
rwx = Perm.R | Perm.W | Perm.X
print(repr(rwx), str(rwx), rwx.name, list(rwx), len(rwx), len(Perm.NONE))
print(repr(Perm.R & Perm.W), repr(rwx & Perm.W), repr(rw ^ Perm.R), repr(rw ^ rwx))
print(repr(~Perm.R), repr(~rwx), repr(~Perm.NONE), ~~Perm.R is Perm.R)
print(Perm.R in rw, Perm.X in rw, Perm.NONE in rw, rw in rwx, rwx in rw)
print(bool(Perm.NONE), bool(Perm.R), bool(Perm(0)), Perm(0) is Perm.NONE)
print(repr(Perm(5)), repr(Perm(7)), Perm['RW'], f"{Perm(3)}", format(Perm.R, '>8'))
print([str(p) for p in Perm(7)], list(Perm(0)))
print({Perm.R: 'read', Perm(6): 'rw'}[Perm.R | Perm.W])
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), [c.value for c in Color], repr(Color.WHITE), Color.WHITE.name)
print(repr(Color(0)), str(Color(0)), repr(Color.RED | Color.BLUE), list(Color.WHITE))
print(repr(~Color.RED), Color.RED | Color.GREEN | Color.BLUE is Color.WHITE)


# definition order, not value order
class Odd(Flag):
    B = 2
    A = 1
    C = 4


print(list(Odd), list(Odd(7)), repr(Odd(7)), repr(Odd(3)))


class Num(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Num.R | Num.W), str(Num.R | Num.W), f"{Num.R | Num.X}", Num.R | Num.W == 6, Num.R + 1)
print(repr(Num.R | 8), repr(Num(8)), repr(Num(0)), str(Num(0)), repr(~Num.R), repr(~Num(0)))
print(repr(Num.R & 5), repr(Num.W ^ 3), repr(8 | Num.R), repr(Num.R | True), isinstance(Num.R | Num.W, Num))
print(list(Num.R | Num.X), list(Num(15)), len(Num(15)), Num.R in Num(6), Num(6) == 6, hash(Num.R) == hash(4))
print(repr(Num(-1)), repr(Num(-5)), Num.R < Num.W or Num.W < Num.R, sorted(Num))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(Strict._boundary_, Conform._boundary_, Keep._boundary_, Flag._boundary_, IntFlag._boundary_)
try:
    Strict(7)
except ValueError as e:
    print('ValueError:', e)
print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)), repr(Keep(7)), repr(Eject(3)))
print(repr(FlagBoundary.STRICT), list(FlagBoundary), STRICT == 'strict')


class Empty(Flag):
    pass


class Big(IntFlag):
    LOW = 1
    HIGH = 1 << 70


print(repr(Big.LOW | Big.HIGH), Big(3), repr(Big(3)), Big.HIGH.bit_length())


class Sizes(Flag):
    S = auto()
    M = auto()
    L = auto()
    XL = 16
    XXL = auto()


print([(s.name, s.value) for s in Sizes])
