import sys
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print('RecursionError:', e)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 900)
print('recovered')
print(runaway.__name__)
