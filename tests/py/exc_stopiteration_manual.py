it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print('stop')
        break
    print(v)
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return 'once'
print(list(Once()))
print(next(iter([]), 'default'))
