# json_fuzzer seed: JSON integers beyond 64 bits. CPython 3.11 prints
# 12345678901234567890123456789; interp raises
# OverflowError: JSON integer does not fit in 64 bits (no big ints yet)
# although ints are arbitrary precision now (runtime/modules/json_decode.cc).
import json
print(json.loads(" 12345678901234567890123456789 "))
print(json.loads("[-99999999999999999999]"))
