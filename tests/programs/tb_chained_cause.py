# "The above exception was the direct cause of the following exception":
# `raise ... from ...` over three levels, each with markers, then a
# context suppressed with `from None`.
class ConfigError(Exception):
    pass


def read(table, key):
    return table[key] + 1


def setting(table, key):
    try:
        return read(table, key)
    except KeyError as e:
        raise ConfigError("missing setting %r" % key) from e


def start(table):
    try:
        return setting(table, "port") * 2
    except ConfigError as e:
        raise RuntimeError("cannot start") from e


def quiet(table):
    try:
        return table["x"]
    except KeyError:
        raise ValueError("quiet") from None


try:
    quiet({})
except ValueError as e:
    print("suppressed:", e.__suppress_context__, e.__cause__)
print(start({"port": 80}))
start({"host": "h"})
