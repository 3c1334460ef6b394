# TypeError messages of common misuses, caught and printed.
none, s3, tup, st, five = None, "abc", (1, 2), {1, 2}, 5
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + None, lambda: "a" * "b", lambda: -"s", lambda: ~1.5,
    lambda: 1 < "a", lambda: [] > {}, lambda: None < None, lambda: len(5), lambda: (1).foo, lambda: none(),
    lambda: s3["x"], lambda: {}[[1]], lambda: hash([]), lambda: int([1]),
    lambda: "x".join([1]), lambda: sorted(1), lambda: "a" < 1.5, lambda: abs(None), lambda: tup[None],
    lambda: st[0], lambda: five[0], lambda: "s".upper(1), lambda: [].append(), lambda: [].append(1, 2),
    lambda: dict(1), lambda: list(1), lambda: tuple(None), lambda: set(3), lambda: 2 ** "x", lambda: divmod("a", 1),
    lambda: "%d" % "x", lambda: "{:d}".format("x"), lambda: isinstance(1, 1), lambda: issubclass(1, int),
    lambda: getattr(1, 2), lambda: range(1.5), lambda: range("a"), lambda: "ab".split(1), lambda: str.upper(5),
]
for t in tests:
    try:
        t()
        print("no error")
    except (TypeError, ValueError, AttributeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
