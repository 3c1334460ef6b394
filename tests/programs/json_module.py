import json
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__ + ":", e)

docs = ['{"a": 1, "b": [1, 2.5, -3e2, true, false, null], "c": {"d": "x"}}',
        '[]', '{}', ' [1 , 2 ] ', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"', '0', '-0', '-0.0', '1E5', '1e-7',
        '12345678901234', '3.141592653589793', '1.7976931348623157e308', '1e400', 'NaN', '-Infinity', 'Infinity',
        '"caf\u00e9 \u2603"', '[1, [2, [3, [4]]]]', '{"a": {"a": {"a": 1}}}', '"\\ud800"', '"\\ud800\\u0041"',
        '', ' ', '[', ']', '{', '{"a"', '{"a":', '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', '[1,]', '[1 2]',
        '[1,', 'nul', 'tru', '01', '1.', '.5', '-', '-a', '1e', '1e+', '[1] x', '"abc', '"a\\x"', '"a\\u12"',
        '"a\\u12zz"', '"tab\there"', '{1: 2}', "{'a': 1}", '\n\n  [1,\n 2,\n x]', '"\\', '[1]\n\n]', '\ufeff[1]',
        '"caf\u00e9" x', 'true false', '[-]', '1.5e3x', '{"a":1}{}', '"\\u"', '"\\uD834\\uDD1E"', '1.0e+2', '-12']
for d in docs:
    show(json.loads, d)
show(json.loads, 5)
show(json.loads, '"a\tb"', strict=False)
show(json.loads, '{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items()))
show(json.loads, '{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: p)
show(json.loads, '[1.5, 2, 3e1]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10)
show(json.loads, '[NaN, Infinity]', parse_constant=lambda s: s.lower())
show(json.loads, '{"a": 1, "a": 2}')

vals = [None, True, False, 0, -17, 1.5, 1e100, 1e-7, 0.1, float("inf"), float("-inf"), float("nan"), "plain",
        "quote\" back\\ nl\n cr\r tab\t bs\b ff\f nul\x00 esc\x1b del\x7f", "caf\u00e9 \u2603 \U0001f600",
        [], {}, (), [1, [2, [3]]], (1, 2), {"a": 1, "b": [1, 2], "c": {}}, {1: "int", 2.5: "float", True: "t",
        None: "n", False: "f"}, [{"x": [], "y": {}}], {"z": 1, "a": 2, "m": {"b": 1, "a": 2}}]
for v in vals:
    show(json.dumps, v)
    show(json.dumps, v, ensure_ascii=False)
    show(json.dumps, v, indent=2, sort_keys=True) if not (isinstance(v, dict) and None in v) else None
show(json.dumps, [1, {"a": [1, 2]}], indent=0)
show(json.dumps, [1, {"a": [1, 2]}], indent="\t")
show(json.dumps, [1, {"a": [1, 2]}], indent="")
show(json.dumps, [1, {"a": [1, 2]}], indent=-1)
show(json.dumps, [1, {"a": [1, 2]}], separators=(",", ":"))
show(json.dumps, {"a": [1, 2]}, indent=4, separators=(", ", " = "))
show(json.dumps, [float("nan")], allow_nan=False)
show(json.dumps, {"b": 1, "a": 2}, sort_keys=True)
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, "k": 4}, skipkeys=True)
show(json.dumps, {"a": {1, 2}})
show(json.dumps, object())
show(json.dumps, {"a": {1, 2}}, default=sorted)
class P:
    def __init__(self, x): self.x = x
show(json.dumps, [P(1), P([P(2)])], default=lambda o: {"P": o.x})
l = [1]; l.append(l)
show(json.dumps, l)
d = {}; d["self"] = d
show(json.dumps, d)
show(json.dumps, {"b": 1, 2: 3}, sort_keys=True)
show(json.dumps, {"x": 1}, indent=2.5)
big = {"list": list(range(20)), "nested": [{"id": i, "name": "n%d" % i, "ok": i % 2 == 0} for i in range(3)]}
s = json.dumps(big)
print(s)
print(json.loads(s) == big)
print(json.dumps(big, indent=2))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
json.dump({"k": [1, 2]}, w)
print("".join(w.parts))
class R:
    def read(self): return '{"from": "file"}'
print(json.load(R()))
try:
    json.loads('[1, 2')
except ValueError as e:
    print("ValueError caught", type(e).__name__, type(e).__module__)
print(json.JSONDecodeError.__name__, issubclass(json.JSONDecodeError, ValueError))
