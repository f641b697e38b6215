class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, name, amount=0):
        if name in self.accounts:
            raise ValueError('duplicate account ' + name)
        self.accounts[name] = amount
        self.log.append(('open', name, amount))
    def move(self, src, dst, amount):
        if self.accounts[src] < amount:
            raise ValueError(f'{src} has only {self.accounts[src]}, needs {amount}')
        self.accounts[src] -= amount
        self.accounts[dst] += amount
        self.log.append(('move', src, dst, amount))
    def report(self):
        for name in sorted(self.accounts):
            print(f'{name:<8}{self.accounts[name]:>8,}')
        print(f'{"total":<8}{sum(self.accounts.values()):>8,}')
bank = Bank()
for n, a in [('alice', 5000), ('bob', 1200), ('carol', 0)]:
    bank.open(n, a)
ops = [('alice', 'bob', 700), ('bob', 'carol', 1900), ('carol', 'alice', 50), ('bob', 'carol', 5000), ('dave', 'bob', 1)]
for src, dst, amt in ops:
    try:
        bank.move(src, dst, amt)
        print('ok', src, '->', dst, amt)
    except ValueError as e:
        print('refused:', e)
    except KeyError as e:
        print('no such account:', e)
try:
    bank.open('bob')
except ValueError as e:
    print('ValueError:', e)
bank.report()
print(len(bank.log), bank.log[-1])
