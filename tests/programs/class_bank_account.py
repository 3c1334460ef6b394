# A realistic mix: properties with validation, user exceptions with fields, try/except/else/finally in a function, set of hashable instances; ends with an uncaught user exception.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self.balance -= amount
        self.history.append(("w", amount))
        return self
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("d", amount))
        return self
    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:,.2f}"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)
a = Account("alice", 100)
b = Account("bob")
a.deposit(50.5).withdraw(20)
print(a, b, sep="\n")
try:
    b.withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    a.balance = -5
except ValueError as e:
    print("error:", e)
print(a.history, len({a, b, a}))
accounts = {acc.owner: acc for acc in [a, b]}
print(sorted(accounts), [str(x) for x in accounts.values()])
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds:
        print("transfer failed")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted", amount)
print(transfer(a, b, 30), transfer(b, a, 1000))
print(a, b)
b.withdraw(500)
