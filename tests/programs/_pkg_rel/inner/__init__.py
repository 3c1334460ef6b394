from ..base import VALUE
from .. import helpers

deep_value = VALUE + helpers.double()
