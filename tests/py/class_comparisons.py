class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return 'V' + '.'.join(str(p) for p in self.parts)
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('1.0') == Version('1.0'), Version('1.0') < Version('1.0.1'))
print(len({Version('1.0'), Version('1.0'), Version('2.0')}))
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() == 5, OnlyEq() != 5)
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print('TypeError:', e)
print(OnlyEq.__hash__ is None)
