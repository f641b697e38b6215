# List operations: sorting with keys, comprehensions, slicing.
seed = 42
data = []
for _ in range(260000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    data.append((seed >> 33) % 100000)
s1 = sorted(data)
s2 = sorted(data, key=lambda v: (v % 1000, -v))
sq = [v * v for v in data if v % 3]
chunks = [sum(data[i:i + 100]) for i in range(0, len(data), 100)]
rev = data[::-1]
rev.sort(reverse=True)
print(s1[100], s2[100], len(sq), sum(sq) % 1000003, max(chunks), rev[:3])
