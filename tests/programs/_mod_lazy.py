import sys
_loaded = {}


def __getattr__(name):
    if name.startswith("lazy_"):
        value = name[5:].upper()
        _loaded[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["lazy_a", "lazy_b"]


plain = 1
