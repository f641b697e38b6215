import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('SystemExit caught', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit caught', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit caught', e.code)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__)
print('still running')
