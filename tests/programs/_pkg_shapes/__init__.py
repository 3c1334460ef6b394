print("init", __name__, __package__)
from _pkg_shapes.flat import area
UNIT = "cm"
