import host

def f():
    host.crash()

f()
