# A dict key spanning lines without ':' after it.
d = {'a': 1, len([1,
    2])}
