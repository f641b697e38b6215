# assert with and without messages
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(type(e).__name__, e, e.args)
class Msg:
    def __str__(self):
        return "from Msg.__str__"
try:
    assert None, Msg()
except AssertionError as e:
    print(type(e).__name__, e)
calls = []
def side(x):
    calls.append(x)
    return x
assert side(True), side("not evaluated")
print(calls)
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
try:
    assert 0, 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
