# A thrown exception that the generator does not handle.


def waiting():
    print("start")
    yield 1
    print("never")


w = waiting()
next(w)
w.throw(ValueError("thrown in"))
