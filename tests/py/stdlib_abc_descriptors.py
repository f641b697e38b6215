# property, classmethod and staticmethod report the __isabstractmethod__ of
# the functions they wrap, as abc relies on.
from abc import ABC, abstractmethod
def f(): pass
def g(): pass
g.__isabstractmethod__ = 1
print(property(f).__isabstractmethod__, property(f, g).__isabstractmethod__, property().__isabstractmethod__)
print(classmethod(g).__isabstractmethod__, staticmethod(f).__isabstractmethod__)
class S(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(S.__abstractmethods__), S.area.__isabstractmethod__)
try: S()
except TypeError as e: print(e)
class Sq(S):
    area = property(lambda self: 4)
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 1
print(Sq.make().area, Sq.__abstractmethods__)
class Part(S):
    def make(cls): pass
try: Part()
except TypeError as e: print(e)
