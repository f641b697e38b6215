class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split('-')
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f'Date({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
d = Date.from_string('2024-02-29')
print(d, type(d).__name__)
m = MyDate.from_string('2000-01-01')
print(m, type(m).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024))
print(Date.count)
f = Date.from_string
print(f('1999-12-31'))
