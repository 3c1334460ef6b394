# Chained exceptions and errors raised by the bootstrap itself in a thread.
import threading

def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e

def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")

for f in (chained, context):
    t = threading.Thread(target=f, name=f.__name__)
    t.start()
    t.join()

t = threading.Thread(target=42, name="not-callable")
t.start()
t.join()

def needs_args(a, b):
    pass

t = threading.Thread(target=needs_args, args=(1,), name="bad-args")
t.start()
t.join()
print("main done")
