from .base import VALUE


def double():
    return VALUE * 2
