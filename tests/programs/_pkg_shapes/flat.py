print("init", __name__, __package__)


def area(w, h):
    return w * h
