from .base import greet, VALUE
from . import helpers
from .inner import deep_value

__all__ = ['greet', 'helpers', 'deep_value']
