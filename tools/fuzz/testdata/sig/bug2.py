import host

def f():
    host.crash_other()

f()
