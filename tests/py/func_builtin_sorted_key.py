people = [('alice', 30), ('bob', 25), ('carol', 35), ('dave', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
