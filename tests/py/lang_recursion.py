# RecursionError for runaway recursion, and recovery afterwards
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(200) > 10 ** 300)
class Loop:
    def __getattr__(self, n):
        return self.missing_too
try:
    Loop().x
except RecursionError as e:
    print(type(e).__name__)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__)
print(sys.getrecursionlimit() >= 1000)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion stopped")
print(fact(10))
