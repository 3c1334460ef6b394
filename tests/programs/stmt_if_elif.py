# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in [-5, 0, 3, 10, 100]:
    print(v, classify(v))
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, (), (0,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if 1:
    if 0:
        print("no")
    else:
        print("nested else")
x = 5
if x > 3: print("one-line if")
if x > 10:
    pass
elif x > 4:
    print("elif taken")
