counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def make():
    global newname
    newname = 'created'
make()
print(newname)
x = 'global'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def reader():
    return x
print(reader())
def err():
    print(y_later)
y_later = 'defined later'
err()
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    z = 1
unbound()
