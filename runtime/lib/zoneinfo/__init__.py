"""IANA time zones from the system database (PEP 615), the zoneinfo module."""

__all__ = [
    "ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
    "ZoneInfoNotFoundError", "InvalidTZPathWarning",
]

from zoneinfo import _tzpath
from zoneinfo._tzpath import (InvalidTZPathWarning, ZoneInfoNotFoundError,
                              available_timezones)
from zoneinfo._zoneinfo import ZoneInfo


def reset_tzpath(to=None):
    _tzpath.reset_tzpath(to)


def __getattr__(name):
    # TZPATH follows reset_tzpath(), so it is looked up on each access.
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module 'zoneinfo' has no attribute '{name}'")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
