class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Flag(True)), bool(Plain()))
if not Empty():
    print('empty is falsy')
print(len(Full()))
print(Flag(False) or 'fallback')
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
