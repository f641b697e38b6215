s = "héllo wörld €𝄞!"
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[13], s[2:5], s[::-1], s[::3], s[-5:], s[:-5], s[100:200], s[-100:3])
print([c for c in s][:6], list(enumerate(s))[11:14], "".join(reversed(s)), s[1::4], s[10:2:-2], s[slice(None, 4)])
it = iter("ab")
print(next(it), next(it), next(it, "done"), list(iter(""))), len(s.encode()), [ord(c) for c in s[-3:]]
print(s.index("€"), s.find("𝄞"), s.count("l"), s.rfind("ö"), "𝄞" in s, s.upper(), s.title(), s.split(" "))
words = "the quick brown fox".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=str.upper, reverse=True), max(words), min(words, key=len))
