# json_fuzzer: json.JSONDecoder (and raw_decode) is missing.
# CPython 3.11 prints ([1], 3); interp: AttributeError.
import json
print(json.JSONDecoder().raw_decode("[1] tail"))
