# Case differences are cheap edits: 'Result' is suggested for 'result'.
Result = 42
print(result)
