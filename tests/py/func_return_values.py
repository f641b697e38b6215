def none_implicit():
    pass
def none_explicit():
    return
def multi():
    return 1, 'two', [3]
def early(n):
    for i in range(n):
        if i == 3:
            return 'early ' + str(i)
    return 'late'
print(none_implicit(), none_explicit())
a, b, c = multi()
print(a, b, c, multi())
print(early(10), early(2))
def nested_return():
    try:
        return 'try'
    finally:
        print('finally runs')
print(nested_return())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
