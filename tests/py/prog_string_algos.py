# Classic string algorithms: KMP search, edit distance, LCS, longest
# palindrome, ciphers and run-length encoding.


def kmp_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, pattern):
    if not pattern:
        return list(range(len(text) + 1))
    table, k, hits = kmp_table(pattern), 0, []
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


print(kmp_table("abacabab"), kmp_search("abababcabababab", "abab"), kmp_search("aaa", ""))
print(kmp_search("the cat in the hat", "the"), kmp_search("mississippi", "issi"), kmp_search("abc", "d"))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(f"{a!r:>12} {b!r:<12} distance={edit_distance(a, b)} lcs={lcs(a, b)!r}")
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "racecar level"]:
    print(s, "->", longest_palindrome(s))
secret = caesar("Hello, World! xyz", 3)
print(secret, caesar(secret, -3), caesar("ÀBC", 1))
v = vigenere("Attack at dawn!", "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle(s)
    print(repr(s), "->", repr(enc), unrle(enc) == s)
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(tuple(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
print("".join(reversed("stressed")), "A man a plan".lower().replace(" ", "")[::-1], "abc"[::-2])
print(sorted("The quick brown fox".split(), key=lambda w: (-len(w), w.lower())))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
leet = str.maketrans({"a": "4", "e": "3", "o": "0", "s": None})
print("lessons are awesome".translate(leet), "Hello".translate({ord("l"): "LL"}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Why did the chicken cross the road?".translate(rot13))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
