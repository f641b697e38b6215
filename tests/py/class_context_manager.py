class Transaction:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('begin')
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append('commit')
        else:
            self.log.append('rollback: ' + str(exc))
        return True
log = []
with Transaction(log) as t:
    log.append('work')
with Transaction(log):
    log.append('bad work')
    raise RuntimeError('boom')
print(log)
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
    def __exit__(self, *a):
        Indent.level -= 1
def say(s):
    print('  ' * Indent.level + s)
say('top')
with Indent():
    say('one')
    with Indent():
        say('two')
    say('one again')
say('top again')
