# A bank-account simulation with custom exceptions, chaining and tracebacks.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:,.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"<Account {self.id} {self.owner}: {self._balance:,.2f}>"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            raise BankError(f"transfer {src.id}->{dst.id} failed") from e
        try:
            dst.deposit(amount)
        except BankError:
            src.deposit(amount)  # roll back
            raise
        else:
            return True
        finally:
            print(f"  transfer attempt {src.owner}->{dst.owner} {amount}")


bank = Bank()
alice = bank.open("alice", 500)
bob = bank.open("bob")
carol = bank.open("carol", 1_000_000.5)
print(alice, bob, carol, sep="\n")
print(bank.transfer(alice, bob, 200))
for amount in (1000, -5):
    try:
        if amount > 0:
            bank.transfer(alice, bob, amount)
        else:
            bob.deposit(amount)
    except BankError as e:
        print("BankError:", e, "| cause:", repr(e.__cause__))
    except ValueError as e:
        print("ValueError:", e)
bob.frozen = True
try:
    bank.transfer(carol, bob, 10)
except AccountFrozen as e:
    print("frozen:", e, e.__context__, carol)


def audit(acct):
    total = 0
    for kind, amount in acct.history:
        total += amount if kind == "deposit" else -amount
    return total


print({a.owner: audit(a) for a in bank.accounts.values()})
print(sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True))


def close(acct):
    try:
        return acct.balance
    finally:
        acct.frozen = True
        print("closed", acct.owner)


print(close(alice), alice.frozen)
try:
    try:
        alice.withdraw(1)
    except AccountFrozen:
        {}["missing"]
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
bank.transfer(bob, alice, 10 ** 6)
