# match statements in generators, class bodies, closures, loops with
# break/continue, and try/finally.
def tokens(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                yield ("neg", n)
            case int(n):
                yield ("int", n)
            case str() as s if s.isdigit():
                yield ("digits", s)
            case [*inner]:
                yield from tokens(inner)
            case _:
                yield ("other", repr(item))


print(list(tokens([1, -2, "34", "x", [5, ["6", None]]])))


class Config:
    raw = {"mode": "fast", "level": 3}
    match raw:
        case {"mode": "fast", "level": lvl}:
            speed = lvl * 10
        case _:
            speed = 0


print(Config.speed, Config.lvl)


def make_counter():
    seen = {}

    def count(event):
        match event:
            case ("click", x, y):
                seen["click"] = seen.get("click", 0) + 1
                return f"click at {x},{y}"
            case ("key", ch) if ch.isalpha():
                seen[ch] = seen.get(ch, 0) + 1
                return f"key {ch}"
            case ("key", ch):
                return f"ignored key {ch!r}"
        return "unknown"

    return count, seen


count, seen = make_counter()
for ev in [("click", 1, 2), ("key", "a"), ("key", "1"), ("scroll",),
           ("key", "a")]:
    print(count(ev))
print(sorted(seen.items()))


def first_negative(rows):
    for i, row in enumerate(rows):
        match row:
            case []:
                continue
            case [x, *_] if x < 0:
                break
            case _:
                pass
    else:
        return None
    return i


print(first_negative([[], [1], [-1, 2], [3]]), first_negative([[1], []]))


def cleanup(value):
    log = []
    try:
        match value:
            case {"error": msg}:
                raise ValueError(msg)
            case {"ok": result}:
                return result, log
    except ValueError as e:
        log.append(f"caught {e}")
    finally:
        log.append("finally")
    return None, log


print(cleanup({"ok": 5}))
print(cleanup({"error": "bad"}))
print(cleanup({"neither": 1}))

# Deeply nested patterns.
data = {"user": {"name": "ann", "roles": ["admin", "dev"],
                 "address": {"city": "Oslo", "zip": "0150"}}}
match data:
    case {"user": {"name": str(name), "roles": [*_, "dev"],
                   "address": {"city": city}}}:
        print(name, "is a developer in", city)
