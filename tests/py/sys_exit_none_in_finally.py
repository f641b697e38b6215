import sys
try:
    print('in try')
    sys.exit()
finally:
    print('finally runs before exit')
print('not printed')
