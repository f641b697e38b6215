words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a', 'ab']
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print('a' < 'b', 'a' < 'B', 'abc' < 'abcd', 'é' > 'z', 'Z' < 'a')
print(max(words), min(words))
print('abc' == 'ab' + 'c', words[0] is not None)
