# global declarations: rebinding module names from functions.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, bump())
def make():
    global created
    created = "yes"
make()
print(created)
value = "module"
def shadow():
    value = "local"
    return value
print(shadow(), value)
def read_only():
    return value
print(read_only())
def g1():
    global a, b
    a, b = 1, 2
g1()
print(a, b)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
