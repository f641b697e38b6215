# Bank accounts with classes, inheritance, custom exceptions and a ledger.

class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_id = 1000
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.number = Account._next_id

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner}: {self.balance}>"


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0, rate_pct=2):
        super().__init__(owner, balance)
        self.rate_pct = rate_pct

    def month_end(self):
        interest = self.balance * self.rate_pct // 100
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self.history.append(("fee", 15))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except BankError:
            src.deposit(amount)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for number in sorted(self.accounts):
            a = self.accounts[number]
            print(f"{number:>6} {a.kind:<9} {a.owner:<6} {a.balance:>8}")
        print(f"{'total':>6} {'':<9} {'':<6} {self.total():>8}")


bank = Bank("First Gilt")
alice = bank.open(Savings, "alice", 1000, rate_pct=3)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Account, "carol")

ops = [
    lambda: alice.deposit(250),
    lambda: bob.withdraw(120),
    lambda: bob.withdraw(100),
    lambda: carol.deposit(-5),
    lambda: bank.transfer(alice, carol, 300),
    lambda: bank.transfer(carol, bob, 500),
    lambda: setattr(carol, "frozen", True),
    lambda: bank.transfer(alice, carol, 10),
    lambda: carol.withdraw(1),
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "ok")
    except InsufficientFunds as e:
        print(i, "insufficient:", e, "| short by", e.amount - e.account.balance)
    except BankError as e:
        print(i, type(e).__name__, e)
    except ValueError as e:
        print(i, "ValueError", e)

for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print("after month", month, [a.balance for a in bank.accounts.values()])

bank.report()
for acct in (alice, bob, carol):
    print(repr(acct), acct.history)
print(isinstance(bob, Account), issubclass(InsufficientFunds, BankError), Savings.__mro__[1].__name__)
