# Mutual recursion without end: the repeated pair of frames is collapsed too.
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
