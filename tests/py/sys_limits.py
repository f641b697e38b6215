import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(3000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print(sys.version_info[:2], sys.version_info[0] == 3, sys.version_info.major)
