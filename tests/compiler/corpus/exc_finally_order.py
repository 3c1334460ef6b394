# Order of except/else/finally output with nested functions.
log = []
def step(name, fail=False):
    log.append("enter " + name)
    try:
        if fail:
            raise ValueError(name)
        log.append("body " + name)
    finally:
        log.append("finally " + name)
def run():
    try:
        step("a")
        step("b", fail=True)
        step("c")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("run finally")
run()
for line in log:
    print(line)
def nested():
    try:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
