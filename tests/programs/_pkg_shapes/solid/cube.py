import _pkg_shapes


def volume(a):
    return a * a * a, _pkg_shapes.UNIT + "3"
