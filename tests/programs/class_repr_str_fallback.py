# str() falls back to a user __repr__ only through object.__str__:
# exceptions and str subclasses keep their own __str__.
class Custom(Exception):
    def __repr__(self):
        return "Custom!"


class Tag(str):
    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"


class Box:
    def __repr__(self):
        return "Box()"


print(repr(Custom("q")), str(Custom("q")), [Custom("q")])
print(str(Tag("abc")), repr(Tag("abc")), [Tag("x")], "%s|%r" % (Tag("y"), Tag("y")))
print(f"{Box()}", str(Box()), "%s" % Box())
print(Custom("a", "b"))
raise Custom("shown with its own str")
