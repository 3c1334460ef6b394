# Uncaught NameError for an undefined global inside a function.
def show():
    print("about to use an undefined name")
    print(undefined_thing)
show()
