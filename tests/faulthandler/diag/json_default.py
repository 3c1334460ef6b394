# json_default.py: reports that choose no format follow
# -X faulthandler_format / INTERP_FAULTHANDLER_FORMAT.
import faulthandler
import sys

faulthandler.dump_traceback(sys.stdout, all_threads=False)
sys.stdout.flush()
faulthandler.dump_traceback(sys.stdout, all_threads=False, format="text")
