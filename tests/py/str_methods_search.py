s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.rfind('the'), s.find('cat'), s.find('the', 1), s.find('o', 20, 30))
print(s.index('fox'), s.rindex('o') if False else s.rfind('o'), s.count('o'), s.count('the'), s.count(''))
print(s.startswith('the'), s.endswith('dog'), s.startswith(('a', 'the')), s.endswith('cat'))
print(s.startswith('quick', 4), 'aaa'.count('aa'))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
print(s.replace('the', 'THE'), s.replace('o', '0', 2))
print('aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
