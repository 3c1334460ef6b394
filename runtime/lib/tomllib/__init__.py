"""TOML 1.0 reading (CPython's tomllib): load(binary file) and loads(str)
return a dict; bad input raises TOMLDecodeError (a ValueError) whose
message ends with the position, as CPython words it."""

from tomllib._parser import TOMLDecodeError, load, loads

__all__ = ("loads", "load", "TOMLDecodeError")

# Reported as tomllib.TOMLDecodeError, where scripts catch it.
TOMLDecodeError.__module__ = __name__
