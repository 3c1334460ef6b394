# A JSON config loader: defaults merged with overrides, validation with
# readable errors, JSONDecodeError line/column reporting, custom encoder
# (default=), object_hook, and pretty output with indent/sort_keys.
import json
from dataclasses import dataclass, field, asdict
from datetime import date
from pathlib import PurePosixPath

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 4},
    "logging": {"level": "INFO", "file": None},
    "features": [],
}

GOOD = """
{
  "server": {"port": 9000, "tls": {"cert": "/etc/ssl/c.pem"}},
  "logging": {"level": "DEBUG"},
  "features": ["search", "export"],
  "started": "2024-05-01",
  "ratio": 0.75,
  "unicode": "caf\\u00e9 \\ud83d\\ude00"
}
"""

BROKEN = [
    '{"server": {"port": 9000,}}',
    '{\n  "a": 1\n  "b": 2\n}',
    '{"a": [1, 2, 3}',
    '',
    '{"a": tru}',
    '[1, 2] extra',
    '{"a": "unterminated}',
    "{'single': 1}",
    '{"n": 01}',
    '{"x": NaN, "y": -Infinity}',
]


def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def validate(cfg):
    problems = []
    port = cfg["server"]["port"]
    if not isinstance(port, int) or not 0 < port < 65536:
        problems.append(f"server.port: bad value {port!r}")
    if cfg["logging"]["level"] not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        problems.append(f"logging.level: unknown {cfg['logging']['level']!r}")
    return problems


cfg = deep_merge(DEFAULTS, json.loads(GOOD))
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps(cfg, ensure_ascii=False, separators=(',', ':'))[:120])
print("problems:", validate(cfg), validate(deep_merge(cfg, {"server": {"port": 70000}, "logging": {"level": "LOUD"}})))

for text in BROKEN:
    try:
        value = json.loads(text)
        print("parsed:", value)
    except json.JSONDecodeError as e:
        print(f"{text[:22]!r:26} -> {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")


@dataclass
class Endpoint:
    path: PurePosixPath
    methods: list = field(default_factory=lambda: ["GET"])
    since: date = date(2024, 1, 1)


def encode(obj):
    if isinstance(obj, PurePosixPath):
        return str(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


eps = [Endpoint(PurePosixPath("/api/items")), Endpoint(PurePosixPath("/api/users"), ["GET", "POST"])]
doc = {"endpoints": [asdict(e) for e in eps], "tags": {"b", "a"}}
text = json.dumps(doc, default=encode, indent=4)
print(text)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", str(e)[:60])
try:
    json.dumps({"x": complex(1, 2) if False else Ellipsis})
except TypeError as e:
    print("TypeError:", e)


def hook(d):
    if "since" in d:
        d["since"] = date.fromisoformat(d["since"])
    return d


back = json.loads(text, object_hook=hook)
print(back["endpoints"][1]["since"].year, type(back["endpoints"][0]["since"]).__name__)
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs)
print(json.loads('{"price": 1.10, "n": 12345678901234567890}', parse_float=str, parse_int=lambda s: -1))
print(json.dumps([1.0, 1e100, 1e-7, float('inf')], allow_nan=True))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: 'int key', True: 'bool', None: 'none', 2.5: 'float'}))
print(json.dumps({"z": 1, "a": {"y": 2, "b": [3, {"d": 4, "c": 5}]}}, sort_keys=True, indent='\t'))
try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 'skipped', 'k': 'v'}, skipkeys=True))
