# A Markov-chain text generator with a fixed random seed.
import random
from collections import defaultdict, Counter

CORPUS = """
the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a bird sat on the dog . the bird sang .
a cat and a dog and a bird sat on a log by the mat .
"""


class Markov:
    def __init__(self, order=1):
        self.order = order
        self.table = defaultdict(Counter)
        self.starts = []

    def train(self, text):
        words = text.split()
        sentence_start = True
        for i in range(len(words) - self.order):
            key = tuple(words[i:i + self.order])
            if sentence_start:
                self.starts.append(key)
            self.table[key][words[i + self.order]] += 1
            sentence_start = words[i + self.order - 1] == "."
        return self

    def choose(self, rng, counter):
        items = sorted(counter.items())
        total = sum(n for _, n in items)
        r = rng.randrange(total)
        for word, n in items:
            if r < n:
                return word
            r -= n
        raise AssertionError("unreachable")

    def generate(self, rng, max_words=25):
        key = rng.choice(self.starts)
        out = list(key)
        while len(out) < max_words:
            nxt = self.table.get(key)
            if not nxt:
                break
            word = self.choose(rng, nxt)
            out.append(word)
            if word == ".":
                break
            key = tuple(out[-self.order:])
        return " ".join(out)


m1 = Markov(1).train(CORPUS)
print("states:", len(m1.table), "starts:", len(m1.starts))
for key in sorted(m1.table)[:6]:
    print(key, sorted(m1.table[key].items()))
rng = random.Random(2024)
for _ in range(5):
    print("1>", m1.generate(rng))
m2 = Markov(2).train(CORPUS)
rng2 = random.Random(99)
for _ in range(3):
    print("2>", m2.generate(rng2))

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.choices("abc", weights=[5, 1, 1], k=12))
print(round(random.uniform(1, 2), 8), round(random.gauss(0, 1), 8), random.getrandbits(40))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
print(sorted(random.sample(range(1000), 6)), random.randrange(0, 100, 7))
