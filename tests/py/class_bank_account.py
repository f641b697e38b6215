class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
class Account:
    _next = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next
        Account._next += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('dep', amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(('wd', amount))
        return self
    def __repr__(self):
        return f'Account#{self.number}({self.owner!r}, {self.balance})'
class Savings(Account):
    def __init__(self, owner, balance=0, rate=2):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = self.balance * self.rate // 100
        return self.deposit(interest)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed:', e, 'needed', e.needed)
        return False
    dst.deposit(amount)
    return True
a = Account('ann', 100)
s = Savings('sam', 1000, rate=5)
print(a, s)
print(transfer(a, s, 30), transfer(a, s, 500))
s.add_interest()
a.deposit(5).deposit(6)
print(a, s)
print(a.history, s.history)
try:
    a.deposit(-1)
except ValueError as e:
    print('ValueError:', e)
