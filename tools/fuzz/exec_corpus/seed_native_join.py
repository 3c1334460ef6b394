# str.join over a mapped huge range: list building polls the budget.
print("-".join(map(str, range(10**12))))
