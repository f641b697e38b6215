# Word statistics with Counter, groupby, itemgetter, namedtuple.
from collections import Counter, namedtuple
from itertools import groupby, accumulate, islice
from operator import itemgetter, attrgetter
import string

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
counts = Counter(words)
print(counts.most_common(5))
print(len(counts), counts.total(), counts['was'], counts['missing'])
Stat = namedtuple('Stat', 'word count length')
stats = sorted((Stat(w, c, len(w)) for w, c in counts.items()), key=attrgetter('length', 'word'))
for length, group in groupby(stats, key=attrgetter('length')):
    print(length, [s.word for s in group])
top = max(stats, key=attrgetter('count'))
print(top, top._asdict(), top._replace(count=0))
print(list(accumulate(sorted(counts.values(), reverse=True)))[:6])
print(list(islice(sorted(counts.items(), key=itemgetter(1, 0), reverse=True), 3)))
letters = Counter(c for c in text.lower() if c in string.ascii_lowercase)
print(letters.most_common(3), sorted(set(string.ascii_lowercase) - set(letters)))
