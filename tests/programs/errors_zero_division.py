# Uncaught ZeroDivisionError two frames deep: traceback to stderr, status 1.
def ratio(a, b):
    return a // b
def main():
    print("ratio", ratio(7, 2))
    return ratio(1, 0)
main()
print("never printed")
