class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print('radd called with', other)
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f'Money({self.cents})'
print(Money(5) + 3, 3 + Money(5), Money(1) + Money(2))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(4))
try:
    Money(1) + 'x'
except TypeError as e:
    print('TypeError:', e)
print(sorted([Money(3), Money(1), Money(2)]))
print(Money(1) > Money(0))
class R:
    def __rpow__(self, b):
        return 'rpow ' + str(b)
    def __rtruediv__(self, b):
        return 'rtruediv ' + str(b)
    def __rfloordiv__(self, b):
        return 'rfloordiv'
    def __rmod__(self, b):
        return 'rmod'
print(2 ** R(), 1 / R(), 1 // R(), 5 % R())
