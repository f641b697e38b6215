# Board check: an uncaught exception prints a traceback on the UART and the
# run exits non-zero.
def check(x):
    if x > 2:
        raise ValueError("x is too big: " + str(x))
    return x

print("before")
for i in range(5):
    check(i)
print("not reached")
