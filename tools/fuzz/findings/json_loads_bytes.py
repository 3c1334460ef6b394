# json_fuzzer: json.loads accepts bytes and bytearray (UTF-8/16/32,
# detected). CPython 3.11 prints [1] twice; interp raises
# TypeError: the JSON object must be str, bytes or bytearray, not bytes
import json
print(json.loads(b"[1]"))
print(json.loads(bytearray(b"[1]")))
