# Method calls and attribute access on small classes.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.dot(self.pos) > 1000000:
            self.vel = self.vel.scale(-1)
ps = [Particle(i) for i in range(100)]
for _ in range(15000):
    for p in ps:
        p.step()
print(sum(p.pos.x + 3 * p.pos.y for p in ps))
