# AttributeError on an instance suggests instance and class attributes.
class Account:
    rate = 0.5

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account("ann")
acct.deposit(5)
print(acct.owner, acct.balance)
print(acct.balanse)
