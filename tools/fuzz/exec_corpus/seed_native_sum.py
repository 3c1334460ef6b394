# Native loops poll the budget: sum() over a huge range ends in TimeoutError.
try:
    print(sum(range(10**12)))
except TimeoutError as e:
    print("stopped:", e)
