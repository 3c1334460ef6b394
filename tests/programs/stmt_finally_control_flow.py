# try/finally with return, break and continue: finally runs, and a return/break in finally wins.
def f():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print('fin', i)
    try:
        return 1
    finally:
        print('ret fin')
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    while True:
        try:
            raise ValueError
        finally:
            break
    return 'swallowed'
print(h())
