def f():
    global x
    nonlocal y
for i in range(3):
    def g():
        break
