class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()
    def preorder(self):
        yield self.value
        for c in (self.left, self.right):
            if c:
                yield from c.preorder()
    def __iter__(self):
        return self.inorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t.inorder()))
print(list(t.preorder()))
print(sum(t), max(t), 5 in t)
def insert(t, v):
    if t is None:
        return Tree(v)
    if v < t.value:
        t.left = insert(t.left, v)
    else:
        t.right = insert(t.right, v)
    return t
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(list(root))
