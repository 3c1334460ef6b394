# os.getenv and os.environ; PYTHONHASHSEED=0 is set by the test harness.
import os
print(os.getenv("INTERP_CORPUS_SURELY_UNSET"), os.getenv("INTERP_CORPUS_SURELY_UNSET", "fallback"))
print("PATH" in os.environ, "INTERP_CORPUS_SURELY_UNSET" in os.environ)
print(os.environ.get("INTERP_CORPUS_SURELY_UNSET", "dflt"))
print(os.getenv("PYTHONHASHSEED"), os.environ["PYTHONHASHSEED"])
print(type(os.getenv("PATH")).__name__)
