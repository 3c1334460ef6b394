import faulthandler
import sys

faulthandler.dump_c_stack()
faulthandler.dump_c_stack(sys.stdout)
