class Counter:
    instances = 0
    registry = []
    def __init__(self, name):
        Counter.instances += 1
        self.registry.append(name)
        self.id_ = Counter.instances
for n in 'abc':
    Counter(n)
print(Counter.instances, Counter.registry)
c = Counter('d')
print(c.id_, c.instances, len(c.registry))
class Sub(Counter):
    instances = 100
s = Sub('e')
print(Sub.instances, Counter.instances, s.id_)
print('instances' in Counter.__dict__, 'registry' in Sub.__dict__)
