# An ASCII canvas: Bresenham lines, midpoint circles, rectangles, flood
# fill and text, then rendered with a border.
from collections import deque


class Canvas:
    def __init__(self, w, h, bg="."):
        self.w, self.h = w, h
        self.px = [[bg] * w for _ in range(h)]

    def inside(self, x, y):
        return 0 <= x < self.w and 0 <= y < self.h

    def set(self, x, y, ch):
        if self.inside(x, y):
            self.px[y][x] = ch

    def line(self, x0, y0, x1, y1, ch="#"):
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.set(x0, y0, ch)
            if (x0, y0) == (x1, y1):
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def rect(self, x, y, w, h, ch="+"):
        for i in range(w):
            self.set(x + i, y, ch)
            self.set(x + i, y + h - 1, ch)
        for j in range(h):
            self.set(x, y + j, ch)
            self.set(x + w - 1, y + j, ch)

    def circle(self, cx, cy, r, ch="o"):
        x, y, err = r, 0, 1 - r
        while x >= y:
            for px, py in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                self.set(cx + px, cy + py, ch)
            y += 1
            if err < 0:
                err += 2 * y + 1
            else:
                x -= 1
                err += 2 * (y - x) + 1

    def fill(self, x, y, ch):
        target = self.px[y][x]
        if target == ch:
            return 0
        q = deque([(x, y)])
        count = 0
        while q:
            cx, cy = q.popleft()
            if not self.inside(cx, cy) or self.px[cy][cx] != target:
                continue
            self.px[cy][cx] = ch
            count += 1
            q.extend([(cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)])
        return count

    def text(self, x, y, s):
        for i, ch in enumerate(s):
            self.set(x + i, y, ch)

    def render(self):
        border = "+" + "-" * self.w + "+"
        return "\n".join([border] + ["|" + "".join(r) + "|" for r in self.px] + [border])

    def histogram(self):
        counts = {}
        for row in self.px:
            for ch in row:
                counts[ch] = counts.get(ch, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


c = Canvas(40, 16)
c.rect(1, 1, 16, 8)
filled = c.fill(5, 4, "~")
c.circle(28, 7, 6)
inner = c.fill(28, 7, ":")
c.line(0, 15, 39, 10, "*")
c.line(20, 0, 22, 15, "|")
c.text(3, 11, "Gilt canvas")
c.set(100, 100, "X")
print(c.render())
print("filled", filled, "inner", inner, c.histogram())

small = Canvas(9, 9, " ")
for r in (1, 2, 3, 4):
    small.circle(4, 4, r, str(r))
print(small.render())
spiral = Canvas(11, 11, " ")
x, y, dx, dy = 5, 5, 1, 0
step, n = 1, 0
while spiral.inside(x, y):
    for _ in range(2):
        for _ in range(step):
            spiral.set(x, y, "abcdefghijklmnopqrstuvwxyz"[n % 26])
            n += 1
            x, y = x + dx, y + dy
        dx, dy = -dy, dx
    step += 1
print(spiral.render())
