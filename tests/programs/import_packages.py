# Packages: directories with __init__.py on sys.path, submodules imported
# by dotted name, `from package import submodule`, sys.modules entries.
import sys

import _pkg_shapes.solid.cube
print(_pkg_shapes.solid.cube.volume(3))
print(_pkg_shapes.area(2, 5), _pkg_shapes.UNIT)

from _pkg_shapes import flat
print(flat.area(3, 4), flat.__name__, flat.__package__)

import _pkg_shapes.solid.cube as c
print(c is _pkg_shapes.solid.cube, c.__name__)

from _pkg_shapes.solid import cube
print(cube is c)
print(sorted([k for k in sys.modules if k.startswith("_pkg_shapes")]))
print(type(_pkg_shapes.__path__).__name__, len(_pkg_shapes.__path__))
print(hasattr(flat, "__path__"), hasattr(_pkg_shapes.solid, "__path__"))

try:
    import _pkg_shapes.missing
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    from _pkg_shapes import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

import keyword
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"),
      keyword.issoftkeyword("match"), len(keyword.kwlist))
print(keyword.__name__)
