# The same program as ../a/crash.py, its lines moved: same crash signature.
import host


def handle(n):
    x = n + 1

    return host.crash()


def run():
    y = 0
    handle(y)


run()
