# complex through the generic protocols: copy, operator, f-string debug,
# map/sorted/min keys, truth tests, and the cmath module's namespace.
import copy, operator
print(copy.deepcopy([1j, {2j: 3 + 4j}]), copy.copy(1j) == 1j)
print(operator.abs(3 + 4j), operator.truediv(1, 2j), operator.pow(1j, 2), operator.neg(1j))
z = 1 + 2j
print(f"{z=}", f"{z.real=}", f"{abs(z)=:.3f}")
print(list(map(complex, ["1", "2j", "3+4j"])), [complex(x, -x) for x in range(3)])
print(sorted([3 + 4j, 1j, -2], key=abs), min([3 + 4j, 1j], key=lambda w: w.real))
print(any([0j, 0j]), all([1j, 2]), 0j or "empty", 1j and "set")
import cmath as cm
print(cm.__name__, sorted(k for k in dir(cm) if not k.startswith("_")))
