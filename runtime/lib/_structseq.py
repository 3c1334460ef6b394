"""Named tuples shaped like CPython's C "struct sequences" (pwd.struct_passwd,
grp.struct_group): a tuple subclass with read-only named fields and the
repr `module.name(field=value, ...)`."""


def make(module, name, fields):
    n = len(fields)

    def __new__(cls, sequence=(), dict=None):
        items = tuple(sequence)
        if len(items) != n:
            if len(items) < n:
                raise TypeError("%s.%s() takes a %d-sequence (%d-sequence "
                                "given)" % (module, name, n, len(items)))
            raise TypeError("%s.%s() takes a %d-sequence (%d-sequence given)"
                            % (module, name, n, len(items)))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return "%s.%s(%s)" % (module, name, ", ".join(
            "%s=%r" % (f, v) for f, v in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    namespace = {"__new__": __new__, "__repr__": __repr__,
                 "__reduce__": __reduce__, "__slots__": (),
                 "n_fields": n, "n_sequence_fields": n,
                 "n_unnamed_fields": 0, "__module__": module}
    for i, f in enumerate(fields):
        namespace[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name, (tuple,), namespace)
