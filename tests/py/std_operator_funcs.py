import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(256, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth([0]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.index(7), op.index(True))
print(op.concat([1], [2]), op.concat('ab', 'cd'), op.contains([1, 2], 2), op.contains('abc', 'z'))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('hello', 'l'))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d)
l = [1, 2, 3]
r = op.iadd(l, [4])
print(r, l, r is l)
t = (1,)
print(op.iadd(t, (2,)), t)
print(op.imul([0], 3), op.isub(10, 3), op.ipow(2, 5), op.ior({1}, {2}), op.iand(6, 3), op.ixor(6, 3))
print(op.iconcat([1], (2, 3)), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ilshift(1, 3), op.irshift(8, 1))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([])), op.length_hint(5, 42))
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1], reverse=True))
print(op.__add__(1, 2), op.__getitem__([5, 6], 1), op.__not__(1))

class V:
    def __init__(self, x):
        self.x = x
    def __matmul__(self, o):
        return V(self.x * o.x)
    def __repr__(self):
        return 'V(%r)' % self.x

print(op.matmul(V(2), V(3)))
for bad in [lambda: op.concat(1, 2), lambda: op.indexOf([1], 5), lambda: op.index(1.5),
            lambda: op.add(1, 'a'), lambda: op.getitem([], 3), lambda: op.delitem({}, 'k'),
            lambda: op.length_hint(5, 'x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
