# string.Formatter: format/vformat, parse, field lookup, conversions,
# nested specs, numbering errors, and overriding its steps.
import string

f = string.Formatter()
print(f.format("{} + {} = {:>5}", 1, 2, 3))
print(f.format("{0!r:>{w}} | {name.__class__.__name__} | {d[k]} | {l[1]}", "x", w=6,
               name="abc", d={"k": "v"}, l=[10, 20]))
print(f.format("{:{fill}^{width}.{prec}f}", 3.14159, fill="*", width=12,
               prec=2))
print(f.format("{{literal}} {0!s} {0!a}", "é"))
for s in ["a{{b", "x}}y", "{0!r:>{w}} t", "{a[x]}", "{}", "plain",
          "{0.b[1]:{x}{y}}", "{a[:]!s}", ""]:
    print(repr(s), list(f.parse(s)))
for s, args, kw in [("}", (), {}), ("{", (), {}), ("{0!", (1,), {}),
                    ("{0!rx}", (1,), {}), ("{0", (1,), {}),
                    ("{a{b}", (), {}), ("{} {0}", (1,), {}),
                    ("{0} {}", (1,), {}), ("{0!z}", (1,), {}),
                    ("{a.}", (), {"a": 1}), ("{a[1}", (), {"a": 1}),
                    ("{a[1]x}", (), {"a": [1, 2]}), ("{5}", (1,), {}),
                    ("{missing}", (), {}), ("{:{:{}}}", (1, 2, 3), {})]:
    try:
        print(repr(f.format(s, *args, **kw)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: %s" % sorted(unused))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)

    def format_field(self, value, format_spec):
        if format_spec == "upper":
            return str(value).upper()
        return super().format_field(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


s = Strict()
print(s.format("{a:upper} {b} {c!l}", a="hi", c="LOW"))
try:
    s.format("{a}", a=1, extra=2)
except ValueError as e:
    print("ValueError", e)
print(s.vformat("{0}-{x}", ("p",), {"x": "q"}))
