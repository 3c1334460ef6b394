"""The path language of Element.find/findall/findtext/iterfind: a subset
of XPath 1.0 (child and descendant steps, `*`, `.`, `..`, `{ns}` and `{*}`
names, namespace prefixes, and the predicates `[@a]`, `[@a='v']`,
`[@a!='v']`, `[tag]`, `[tag='text']`, `[.='text']`, `[n]`, `[last()]`,
`[last()-n]`), with CPython's SyntaxError messages for the rest."""

import re

# One token: an operator (group 1) or a name (group 2).
_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _tokens(path, namespaces):
    default_ns = namespaces.get("") if namespaces else None
    after_at = False
    for op, name in _TOKEN.findall(path):
        if name and name[0] != "{":
            if ":" in name:
                prefix, local = name.split(":", 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError(
                        "prefix %r not found in prefix map" % prefix)
                yield op, "{%s}%s" % (namespaces[prefix], local)
            elif default_ns and not after_at:
                yield op, "{%s}%s" % (default_ns, name)
            else:
                yield op, name
            after_at = False
        else:
            yield op, name
            after_at = op == "@"


def _tag_matcher(tag):
    """A predicate on element tags for a name that may hold wildcards."""
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        suffix = "}" + local
        return lambda t: isinstance(t, str) and (
            t == local or t.endswith(suffix))
    if tag[-2:] == "}*":
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    raise RuntimeError("internal parser error, got %s" % tag)


def _is_wildcard(tag):
    return "{*}" in tag or tag[-2:] == "}*"


def _children(result):
    for elem in result:
        yield from elem


def _step_child(next_token, token):
    tag = token[1]
    if _is_wildcard(tag):
        match = _tag_matcher(tag)
        return lambda ctx, result: (e for e in _children(result)
                                    if match(e.tag))
    if tag[:2] == "{}":
        tag = tag[2:]
    return lambda ctx, result: (e for e in _children(result) if e.tag == tag)


def _step_star(next_token, token):
    return lambda ctx, result: _children(result)


def _step_self(next_token, token):
    return lambda ctx, result: iter(result)


def _step_descendant(next_token, token):
    token = next_token()
    if token[0] == "*":
        tag = "*"
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError("invalid descendant")
    if _is_wildcard(tag):
        match = _tag_matcher(tag)

        def select(ctx, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and match(e.tag):
                        yield e
        return select
    if tag[:2] == "{}":
        tag = tag[2:]

    def select(ctx, result):
        for elem in result:
            for e in elem.iter(tag):
                if e is not elem:
                    yield e
    return select


def _parent_map(ctx):
    if ctx.parent_map is None:
        ctx.parent_map = {child: parent for parent in ctx.root.iter()
                          for child in parent}
    return ctx.parent_map


def _step_parent(next_token, token):
    def select(ctx, result):
        parents = _parent_map(ctx)
        seen = set()
        for elem in result:
            parent = parents.get(elem)
            if parent is not None and parent not in seen:
                seen.add(parent)
                yield parent
    return select


def _text(elem):
    return "".join(elem.itertext())


def _step_predicate(next_token, token):
    # The predicate's shape: "@-" for [@a], "-='" for [tag='x'], ...
    shape = []
    parts = []
    while True:
        try:
            token = next_token()
        except StopIteration:
            return None
        if token[0] == "]":
            break
        if token == ("", ""):
            continue
        if token[0] and token[0][:1] in "'\"":
            token = "'", token[0][1:-1]
        shape.append(token[0] or "-")
        parts.append(token[1])
    shape = "".join(shape)
    is_number = (lambda s: re.match(r"\-?\d+$", s) is not None)
    if shape == "@-":
        key = parts[1]
        return lambda ctx, result: (e for e in result
                                    if e.get(key) is not None)
    if shape in ("@-='", "@-!='"):
        key, value = parts[1], parts[-1]
        if "!=" in shape:
            return lambda ctx, result: (
                e for e in result
                if e.get(key) is not None and e.get(key) != value)
        return lambda ctx, result: (e for e in result if e.get(key) == value)
    if shape == "-" and not is_number(parts[0]):
        tag = parts[0]
        return lambda ctx, result: (e for e in result
                                    if e.find(tag) is not None)
    if shape in (".='", ".!='") or (
            shape in ("-='", "-!='") and not is_number(parts[0])):
        tag, value = parts[0], parts[-1]
        negated = "!=" in shape
        if tag:
            def select(ctx, result):
                for elem in result:
                    for e in elem.findall(tag):
                        if (_text(e) != value) if negated \
                                else (_text(e) == value):
                            yield elem
                            break
            return select
        return lambda ctx, result: (
            e for e in result if (_text(e) != value) == negated)
    if shape in ("-", "-()", "-()-"):
        if shape == "-":
            index = int(parts[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if parts[0] != "last":
                raise SyntaxError("unsupported function")
            if shape == "-()-":
                try:
                    index = int(parts[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError(
                        "XPath offset from last() must be negative")
            else:
                index = -1

        def select(ctx, result):
            parents = _parent_map(ctx)
            for elem in result:
                parent = parents.get(elem)
                if parent is None:
                    continue
                same = parent.findall(elem.tag)
                try:
                    if same[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError("invalid predicate")


_STEPS = {"": _step_child, "*": _step_star, ".": _step_self,
          "..": _step_parent, "//": _step_descendant, "[": _step_predicate}

_cache = {}


class _Context:
    def __init__(self, root):
        self.root = root
        self.parent_map = None


def _compile(path, namespaces):
    key = (path,) + (tuple(sorted(namespaces.items())) if namespaces else ())
    steps = _cache.get(key)
    if steps is not None:
        return steps
    if len(_cache) > 100:
        _cache.clear()
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    next_token = iter(_tokens(path, namespaces)).__next__
    steps = []
    try:
        token = next_token()
    except StopIteration:
        return steps
    while True:
        try:
            step = _STEPS[token[0]](next_token, token)
        except StopIteration:
            raise SyntaxError("invalid path") from None
        except KeyError:
            raise SyntaxError("invalid path") from None
        if step is None:
            # A predicate cut short: CPython's selector then stops there.
            steps.append(None)
            break
        steps.append(step)
        try:
            token = next_token()
            if token[0] == "/":
                token = next_token()
        except StopIteration:
            break
    _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    if path[-1:] == "/":
        path = path + "*"
    steps = _compile(path, namespaces)
    if steps and steps[-1] is None:
        raise TypeError("'NoneType' object is not callable")
    ctx = _Context(elem)
    result = iter([elem])
    for step in steps:
        result = step(ctx, result)
    if not steps:
        return iter(())
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    found = find(elem, path, namespaces)
    if found is None:
        return default
    return found.text or ""
