"""A future statement after other code is an error of the whole file."""
import sys

print("never runs")
from __future__ import annotations
