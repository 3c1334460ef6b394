import faulthandler
import sys

print(faulthandler.is_enabled(), sys._xoptions)
