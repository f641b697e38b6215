class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print('del', self.name)
root = Node('root', Node('child', Node('grandchild')))
print('built')
del root
print('after del root')
items = [Node('i0'), Node('i1'), Node('i2')]
del items[1]
print('after del items[1]')
items = None
print('after items = None')
