def ratio(values, i, j):
    return values[i] / values[j]
data = [4, 2, 0]
print(ratio(data, 0, 1))
print(ratio(data, 0, 2))
