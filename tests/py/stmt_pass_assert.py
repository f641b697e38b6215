def nothing():
    pass
class Empty:
    pass
print(nothing(), Empty.__name__)
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert False
except AssertionError as e:
    print('bare', repr(e.args))
for i in range(3):
    pass
print('ok')
