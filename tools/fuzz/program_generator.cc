#include "tools/fuzz/program_generator.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace interp::fuzz {
namespace {

// Chunk templates. Placeholders: {N} a name suffix (the same within one
// chunk), {I} an int, {K} a small count 0..8, {F} a float, {S} a string,
// {V} any value, {L} a list of ints, {OP} a binary operator, {CMP} a
// comparison, {RE} a regular expression, {J} JSON text, {E} an exception
// class, {M} a method name of str/list/dict. Each template defines what it
// uses; the bounded loops keep it under the instruction budget.
constexpr std::string_view kTemplates[] = {
    // Classes: inheritance, super, dunders, properties, class attributes.
    R"py(class C{N}:
    k = {I}
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C{N}({self.v!r})"
    def __eq__(self, o):
        return isinstance(o, C{N}) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return C{N}(self.v {OP} (o.v if isinstance(o, C{N}) else o))
    def __lt__(self, o):
        return self.v < o.v
class D{N}(C{N}):
    @property
    def double(self):
        return self.v * 2
    def __repr__(self):
        return "D" + super().__repr__()
xs{N} = [D{N}(i) for i in {L}]
print(sorted(xs{N}), {C{N}({I}), C{N}({I})}, xs{N}[0].double if xs{N} else None)
print(C{N}({I}) + {I}, C{N}.k, D{N}.__mro__[1].__name__)
)py",
    R"py(class Meta{N}:
    __slots__ = ("a", "b")
    def __init__(self, a, b=None):
        self.a, self.b = a, b
    @classmethod
    def make(cls, *args):
        return cls(*args)
    @staticmethod
    def twice(x):
        return x * 2
m{N} = Meta{N}.make({V}, {V})
try:
    m{N}.c = 1
except AttributeError as e:
    print("slots", type(e).__name__)
print(m{N}.a, m{N}.b, Meta{N}.twice({V}))
)py",
    R"py(class Box{N}:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __bool__(self):
        return bool(self.items)
b{N} = Box{N}({L})
print(len(b{N}), {I} in b{N}, list(b{N})[::{K} or 1], bool(b{N}))
try:
    print(b{N}[{I}])
except IndexError as e:
    print("IndexError", e)
)py",
    // Exceptions: custom classes, chaining, finally, else, nested handlers.
    R"py(class Err{N}(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
def risky{N}(x):
    if x {CMP} {I}:
        raise Err{N}(x)
    return x {OP} {I}
for v{N} in {L}:
    try:
        r{N} = risky{N}(v{N})
    except Err{N} as e:
        print("caught", e.code, e.args)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    else:
        print("ok", r{N})
    finally:
        pass
)py",
    R"py(def chain{N}(v):
    try:
        return {V} {OP} v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain{N}({V})
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
)py",
    R"py(def fin{N}(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == {K}:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(fin{N}({K}))
)py",
    R"py(try:
    try:
        raise {E}({S})
    finally:
        print("inner finally")
except ({E}, KeyError) as e{N}:
    print("got", type(e{N}).__name__, e{N}.args)
except Exception as e{N}:
    print("other", type(e{N}).__name__)
)py",
    R"py(with_log{N} = []
class Ctx{N}:
    def __enter__(self):
        with_log{N}.append("enter")
        return self
    def __exit__(self, t, v, tb):
        with_log{N}.append(t.__name__ if t else None)
        return {B}
try:
    with Ctx{N}() as c:
        {I} // {I}
        raise {E}("x")
except Exception as e:
    with_log{N}.append("outer " + type(e).__name__)
print(with_log{N})
)py",
    // Closures, nonlocal, decorators, lambdas, defaults, *args/**kwargs.
    R"py(def counter{N}(start={I}):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c{N} = counter{N}()
print([c{N}(k) for k in {L}])
)py",
    R"py(def deco{N}(f):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs))))
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@deco{N}
def f{N}(a, b={I}, *rest, key=None, **kw):
    return (a, b, rest, key, sorted(kw.items()))
print(f{N}({V}), f{N}(1, 2, 3, key={V}, z={V}), len(f{N}.calls))
)py",
    R"py(fs{N} = [lambda x, i=i: x {OP} i for i in range({K})]
try:
    print([g({I}) for g in fs{N}])
except (ArithmeticError, ValueError) as e:
    print(type(e).__name__)
adders{N} = [(lambda y: lambda z: y + z)(i) for i in {L}]
print([a(1) for a in adders{N}])
)py",
    // Generators: yield, yield from, send, close, generator expressions.
    R"py(def gen{N}(n):
    total = 0
    for i in range(n):
        got = yield i {OP} {I}
        if got is not None:
            total += got
    return total
g{N} = gen{N}({K})
out{N} = []
try:
    out{N}.append(next(g{N}))
    while True:
        out{N}.append(g{N}.send({I}))
except StopIteration as stop:
    out{N}.append(("ret", stop.value))
except Exception as e:
    out{N}.append(type(e).__name__)
print(out{N})
)py",
    R"py(def inner{N}():
    yield {V}
    yield from range({K})
    return "done"
def outer{N}():
    r = yield from inner{N}()
    yield r
print(list(outer{N}()), sum(x for x in range({K}) if x % 2))
g{N} = outer{N}()
next(g{N})
g{N}.close()
print(list(g{N}))
)py",
    // Comprehensions of every kind, nested, with conditions.
    R"py(data{N} = {L}
print([x {OP} y for x in data{N} for y in data{N}[:3] if x {CMP} y])
print({x: x * x for x in data{N} if x})
print({x % 5 for x in data{N}}, sorted(set(data{N}) ^ {1, 2, {I}}))
print(list(zip(data{N}, reversed(data{N}))), dict(enumerate(data{N})))
)py",
    R"py(m{N} = [[i * j for j in range({K})] for i in range({K})]
t{N} = [list(r) for r in zip(*m{N})]
print(m{N} == [list(c) for c in zip(*t{N})], [sum(r) for r in t{N}])
print(max(m{N}, key=len, default=None), min([{I}, {I}]))
)py",
    // Builtin types: ints (big), floats, strings, bytes, slicing, formatting.
    R"py(a{N} = {I}
b{N} = {I}
for op{N} in ("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"):
    try:
        print(op{N}, eval(f"a{N} {op{N}} (b{N} % 64)"))
    except Exception as e:
        print(op{N}, type(e).__name__)
print(divmod(a{N}, b{N} or 1), abs(a{N}), hex(a{N}), bin(b{N})[:20], int(str(a{N})))
)py",
    R"py(x{N} = {F}
print(round(x{N}, {K}), float(repr(x{N})) == x{N}, f"{x{N}:.{K}f}", f"{x{N}:e}")
print(x{N}.is_integer(), int(x{N}) if x{N} == x{N} and abs(x{N}) < 1e300 else None)
)py",
    R"py(s{N} = {S}
print(s{N}.upper(), s{N}.split(), s{N}[::-1], s{N}.find({S}), s{N}.replace("a", {S}))
print(s{N}.center({K} * 3, "*"), s{N}.encode("utf-8"), "%s|%r|%5d" % (s{N}, s{N}, {I}))
print(s{N}.{M}() if hasattr(s{N}, "{M}") else None, "{}-{}".format(s{N}, len(s{N})))
)py",
    R"py(l{N} = {L}
l{N}[{K}:{K}] = {L}
del l{N}[::{K} or 2]
l{N}.sort(key=lambda v: (v % 3, -v))
l{N}.extend(l{N}[:{K}])
print(l{N}, l{N}.count({I}), l{N}.index(l{N}[0]) if l{N} else -1, l{N} * 2 < l{N})
)py",
    R"py(d{N} = {i: str(i) for i in {L}}
d{N}.update({{I}: "x"}, extra={V})
print(sorted(d{N}.items(), key=repr), d{N}.get({I}, "missing"), d{N}.pop({I}, None))
print(list(d{N}.keys() & {{I}, 1}), d{N}.setdefault("k", []), len(d{N}))
)py",
    R"py(raw{N} = {L}[:8]
bs{N} = bytes(raw{N}) if all(0 <= v < 256 for v in raw{N}) else b"ab"
ba{N} = bytearray(bs{N}) + b"{N}"
ba{N}[0:1] = b"Z"
print(bs{N}.hex(), ba{N}, bs{N}.decode("latin-1"), ba{N}.find(b"{N}"))
)py",
    // Standard modules.
    R"py(import json
v{N} = {V}
try:
    t{N} = json.dumps(v{N}, sort_keys=True)
    print(t{N}, json.loads(t{N}) == v{N})
except (TypeError, ValueError) as e:
    print("json", type(e).__name__)
try:
    print(json.loads({J}))
except ValueError as e:
    print("decode", type(e).__name__)
)py",
    R"py(import re
try:
    p{N} = re.compile({RE})
    print(p{N}.findall({S}), p{N}.sub("_", {S}), bool(p{N}.match({S})))
    m{N} = p{N}.search({S})
    print(m{N}.span() if m{N} else None, p{N}.split({S}))
except re.error as e:
    print("re.error")
)py",
    R"py(import collections
c{N} = collections.Counter({S})
print(c{N}.most_common({K}), sorted(c{N}.elements())[:{K}])
dq{N} = collections.deque({L}, maxlen={K} + 1)
dq{N}.rotate({I} % 5)
dq{N}.appendleft({V})
print(list(dq{N}))
dd{N} = collections.defaultdict(list)
for i in {L}:
    dd{N}[i % 3].append(i)
print(dict(dd{N}), collections.OrderedDict(a=1, b=2))
P{N} = collections.namedtuple("P{N}", "x y")
print(P{N}({V}, {V}), P{N}(1, 2)._replace(x={I}))
)py",
    R"py(import itertools
print(list(itertools.islice(itertools.count({I}), {K})))
print(list(itertools.permutations({L}[:3], 2))[:5], list(itertools.accumulate({L})))
print([(k, list(g)) for k, g in itertools.groupby(sorted({L}))])
print(list(itertools.chain({L}, "ab")), list(itertools.product("ab", repeat=2)))
print(list(itertools.zip_longest({L}, "xyz", fillvalue=0))[:4])
)py",
    R"py(import functools
@functools.lru_cache(maxsize=None)
def fib{N}(n):
    return n if n < 2 else fib{N}(n - 1) + fib{N}(n - 2)
try:
    print(fib{N}({K} * 3), functools.reduce(lambda a, b: a {OP} b, {L}, {I}))
except (ArithmeticError, ValueError) as e:
    print(type(e).__name__)
p{N} = functools.partial(max, {I})
print(p{N}({I}), sorted({L}, key=functools.cmp_to_key(lambda a, b: b - a)))
)py",
    R"py(import heapq, bisect
h{N} = []
for v in {L}:
    heapq.heappush(h{N}, v)
print([heapq.heappop(h{N}) for _ in range(len(h{N}))], heapq.nlargest(2, {L}))
s{N} = sorted({L})
bisect.insort(s{N}, {I})
print(s{N}, bisect.bisect_left(s{N}, {I}))
)py",
    R"py(import struct
try:
    raw{N} = struct.pack("<iHd", {I} % 1000, {K}, {F})
    print(len(raw{N}), struct.unpack("<iHd", raw{N})[:2], struct.calcsize(">q3s"))
except struct.error as e:
    print("struct.error")
)py",
    R"py(import math
for v{N} in ({F}, {I}, -{K}):
    try:
        print(math.sqrt(v{N}), math.floor(v{N}), math.gcd(int(v{N}), {I}), math.isfinite(v{N}))
    except (ValueError, OverflowError, TypeError) as e:
        print("math", type(e).__name__)
)py",
    R"py(import dataclasses
@dataclasses.dataclass(order=True)
class Pt{N}:
    x: int = {I}
    y: int = 0
print(sorted([Pt{N}({I}, 1), Pt{N}()]), Pt{N}(1, 2) == Pt{N}(1, 2), dataclasses.asdict(Pt{N}()))
)py",
    R"py(import io, base64, hashlib, string, textwrap, operator, copy
buf{N} = io.StringIO()
print({S}, file=buf{N})
print(repr(buf{N}.getvalue()), base64.b64encode({S}.encode()), hashlib.sha256(b"{N}").hexdigest()[:8])
print(string.ascii_lowercase[:{K}], textwrap.wrap({S} * 3, 7)[:2], operator.itemgetter(0)({L} or [0]))
print(copy.deepcopy({V}))
)py",
    // Dynamic features: getattr/setattr, isinstance, type(), vars, eval.
    R"py(T{N} = type("T{N}", (object,), {"a": {I}, "f": lambda self: self.a {OP} 1})
o{N} = T{N}()
setattr(o{N}, "b", {V})
print(o{N}.f(), getattr(o{N}, "b"), hasattr(o{N}, "zz"), isinstance(o{N}, T{N}), sorted(vars(o{N})))
print(type({V}).__name__, callable(o{N}.f), eval("{I} {OP} 2"))
)py",
    R"py(def walrus{N}(seq):
    if (n := len(seq)) > {K}:
        return n
    return [y for x in seq if (y := x {OP} 2) {CMP} {I}]
try:
    print(walrus{N}({L}))
except (ArithmeticError, ValueError, TypeError) as e:
    print(type(e).__name__)
match_{N} = {V}
print(match_{N} is None, match_{N} == match_{N}, repr(match_{N})[:40])
)py",
    R"py(def rec{N}(n):
    return 0 if n <= 0 else 1 + rec{N}(n - 1)
try:
    print(rec{N}({I} % 200))
except RecursionError:
    print("RecursionError")
)py",
    R"py(i{N} = 0
while i{N} < {K} * 10:
    i{N} += {K} or 1
    if i{N} % 7 == 0:
        continue
else:
    print("while done", i{N})
for j{N} in range({I} % 50):
    if j{N} == {K}:
        break
else:
    print("for done")
)py",
    R"py(a{N}, *b{N}, c{N} = {L} + [1, 2]
(x{N}, y{N}), z{N} = ({V}, {V}), {V}
print(a{N}, b{N}, c{N}, x{N}, y{N}, z{N})
print(*{L}, sep=",", end="|\n")
print(f"{a{N}!r:>10}|{c{N}:#x}|{b{N}!s:.{K}}")
)py",
    R"py(try:
    assert {V} {CMP} {V}, "assertion {N}"
    print("assert ok")
except (AssertionError, TypeError) as e:
    print(type(e).__name__, e)
print(all({L}), any([]), {V} or {V}, {V} and {V}, not {V})
)py",
};

constexpr std::string_view kOps[] = {"+",  "-",  "*", "//", "%", "**",
                                     "<<", ">>", "&", "|",  "^", "/"};
// Between two values of any type; `is` with a literal would make CPython
// warn (SyntaxWarning), `in` needs a container.
constexpr std::string_view kCmps[] = {"<", "<=", ">", ">=", "==", "!="};
constexpr std::string_view kInts[] = {"0",         "1",
                                      "-1",        "2",
                                      "3",         "7",
                                      "10",        "31",
                                      "63",        "64",
                                      "100",       "255",
                                      "256",       "1000",
                                      "-129",      "65535",
                                      "2**31",     "2**63",
                                      "-2**63",    "10**20",
                                      "2**64 - 1", "12345678901234567890123"};
constexpr std::string_view kFloats[] = {
    "0.0",          "-0.0",   "1.5",          "3.141592653589793",
    "1e300",        "1e-300", "float('inf')", "float('-inf')",
    "float('nan')", "2.5e10", "-7.25",        "0.1"};
constexpr std::string_view kStrings[] = {
    "''",        "'a'",          "'abc'",      "'hello world'",
    "'aAbB cC'", "'a,b,,c'",     "'\\n\\t x'", "'ünïcödé'",
    "'日本語'",  "'😀x'",         "'{}'",       "'%s%d'",
    "'a' * 20",  "'  padded  '", "'123'",      "'-4.5e3'"};
constexpr std::string_view kRegexes[] = {
    "'a+'",         "'(a|b)*c'",   "r'\\d+'",   "r'(\\w+)@(\\w+)'",
    "'[a-z]{2,3}'", "r'^\\s*$'",   "'(?i)ab'",  "r'(?P<x>a)(?P=x)'",
    "'.*?b'",       "'[^abc]'",    "'('",       "'a{2'",
    "r'\\bx'",      "'(a|ab)*?c'", "r'(?=a)a'", "'[\\u00e9-\\u00ff]'"};
constexpr std::string_view kJson[] = {
    "'[1, 2, 3]'",
    "'{\"a\": {\"b\": [null, true]}}'",
    "'\"\\\\u00e9\"'",
    "'1e400'",
    "'[1,'",
    "'{\"a\" 1}'",
    "'NaN'",
    "'-0'",
    "'[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]'",
    "'\"\\\\ud800\"'",
    "' 12 '",
    "'{}'"};
constexpr std::string_view kExceptions[] = {
    "ValueError",   "KeyError",          "TypeError",   "IndexError",
    "RuntimeError", "ZeroDivisionError", "LookupError", "Exception",
    "OSError",      "AttributeError"};
constexpr std::string_view kMethods[] = {
    "upper",        "lower",    "title",    "strip",      "split",
    "isdigit",      "swapcase", "casefold", "capitalize", "splitlines",
    "isidentifier", "copy",     "clear"};

template <typename T, size_t N>
std::string_view Pick(Rng& rng, const T (&arr)[N]) {
  return arr[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

int Below(Rng& rng, int n) {
  return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

std::string IntList(Rng& rng) {
  int n = Below(rng, 7);
  std::vector<std::string> items;
  for (int i = 0; i < n; ++i) {
    items.push_back(Below(rng, 4) == 0 ? std::string(Pick(rng, kInts))
                                       : std::to_string(Below(rng, 20) - 5));
  }
  return absl::StrCat("[", absl::StrJoin(items, ", "), "]");
}

std::string RandomValue(Rng& rng, int depth = 0) {
  switch (Below(rng, depth > 1 ? 6 : 9)) {
    case 0:
      return std::string(Pick(rng, kInts));
    case 1:
      return std::string(Pick(rng, kFloats));
    case 2:
      return std::string(Pick(rng, kStrings));
    case 3:
      return "None";
    case 4:
      return Below(rng, 2) ? "True" : "False";
    case 5:
      return IntList(rng);
    case 6:
      return absl::StrCat("(", RandomValue(rng, depth + 1), ", ",
                          RandomValue(rng, depth + 1), ")");
    case 7:
      return absl::StrCat("{", std::string(Pick(rng, kStrings)), ": ",
                          RandomValue(rng, depth + 1), "}");
    default:
      return absl::StrCat("[", RandomValue(rng, depth + 1), "]");
  }
}

std::string Fill(std::string_view tmpl, Rng& rng) {
  // {N}, {E} and {M} are chosen once per chunk: a chunk refers to the
  // names it defines, raises what it catches, tests what it calls.
  std::string name = std::to_string(Below(rng, 1000));
  std::string exception(Pick(rng, kExceptions));
  std::string method(Pick(rng, kMethods));
  std::string out;
  out.reserve(tmpl.size() + 64);
  size_t i = 0;
  while (i < tmpl.size()) {
    size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos) {
      out.append(tmpl.substr(i));
      break;
    }
    out.append(tmpl.substr(i, open - i));
    size_t close = tmpl.find('}', open);
    std::string_view key = close == std::string_view::npos
                               ? std::string_view()
                               : tmpl.substr(open + 1, close - open - 1);
    std::string rep;
    bool known = true;
    if (key == "N") {
      rep = name;
    } else if (key == "I") {
      rep = Below(rng, 3) == 0 ? std::string(Pick(rng, kInts))
                               : std::to_string(Below(rng, 30) - 10);
    } else if (key == "K") {
      rep = std::to_string(Below(rng, 9));
    } else if (key == "F") {
      rep = std::string(Pick(rng, kFloats));
    } else if (key == "S") {
      rep = std::string(Pick(rng, kStrings));
    } else if (key == "V") {
      rep = RandomValue(rng);
    } else if (key == "L") {
      rep = IntList(rng);
    } else if (key == "OP") {
      rep = std::string(Pick(rng, kOps));
    } else if (key == "CMP") {
      rep = std::string(Pick(rng, kCmps));
    } else if (key == "RE") {
      rep = std::string(Pick(rng, kRegexes));
    } else if (key == "J") {
      rep = std::string(Pick(rng, kJson));
    } else if (key == "E") {
      rep = exception;
    } else if (key == "M") {
      rep = method;
    } else if (key == "B") {
      rep = Below(rng, 2) ? "True" : "False";
    } else {
      known = false;
    }
    if (known) {
      out.append(rep);
      i = close + 1;
    } else {
      // A literal brace of the template (dict/set display, f-string).
      out.push_back('{');
      i = open + 1;
    }
  }
  return out;
}

// First line of every generated chunk: SplitChunks keeps what follows, up
// to the next marker, as one unit.
constexpr std::string_view kChunkMarker = "#~\n";

bool IsChunkContinuation(std::string_view line) {
  if (line.empty()) return true;
  if (line[0] == ' ' || line[0] == '\t' || line[0] == '#') return true;
  for (std::string_view kw :
       {"else", "elif", "except", "finally", ")", "]", "}"}) {
    if (line.starts_with(kw)) return true;
  }
  return false;
}

// A mutation of one literal inside `chunk`: a random digit run becomes
// another (often extreme) int.
std::string TweakToken(std::string chunk, Rng& rng) {
  std::vector<std::pair<size_t, size_t>> numbers;
  for (size_t i = 0; i < chunk.size();) {
    if (std::isdigit(static_cast<unsigned char>(chunk[i])) &&
        (i == 0 || (!std::isalnum(static_cast<unsigned char>(chunk[i - 1])) &&
                    chunk[i - 1] != '_'))) {
      size_t j = i;
      while (j < chunk.size() &&
             std::isdigit(static_cast<unsigned char>(chunk[j]))) {
        ++j;
      }
      numbers.emplace_back(i, j - i);
      i = j;
    } else {
      ++i;
    }
  }
  if (numbers.empty()) return chunk;
  auto [pos, len] = numbers[Below(rng, static_cast<int>(numbers.size()))];
  std::string rep = Below(rng, 2) ? std::string(Pick(rng, kInts))
                                  : std::to_string(Below(rng, 12));
  if (rep.find_first_of("*- ") != std::string::npos) rep = "(" + rep + ")";
  chunk.replace(pos, len, rep);
  return chunk;
}

std::string Join(const std::vector<std::string>& chunks) {
  return absl::StrJoin(chunks, "");
}

}  // namespace

std::string GenerateChunk(Rng& rng) {
  return std::string(kChunkMarker) + Fill(Pick(rng, kTemplates), rng);
}

size_t TemplateCount() { return std::size(kTemplates); }

std::string GenerateChunkFromTemplate(size_t index, Rng& rng) {
  return std::string(kChunkMarker) + Fill(kTemplates[index], rng);
}

std::string GenerateProgram(Rng& rng, int chunks) {
  std::string out;
  for (int i = 0; i < chunks; ++i) out += GenerateChunk(rng);
  return out;
}

std::vector<std::string> SplitChunks(std::string_view program) {
  std::vector<std::string> chunks;
  // Generated programs: one chunk per marker (a template's statements
  // refer to each other and must stay together).
  if (program.starts_with(kChunkMarker)) {
    size_t start = 0;
    while (start < program.size()) {
      size_t next = program.find(kChunkMarker, start + 1);
      while (next != std::string_view::npos && program[next - 1] != '\n') {
        next = program.find(kChunkMarker, next + 1);
      }
      if (next == std::string_view::npos) next = program.size();
      chunks.emplace_back(program.substr(start, next - start));
      start = next;
    }
    return chunks;
  }
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= program.size();) {
    size_t nl = program.find('\n', start);
    if (nl == std::string_view::npos) nl = program.size();
    lines.push_back(program.substr(start, nl - start));
    start = nl + 1;
  }
  bool after_decorator = false;
  for (std::string_view line : lines) {
    if (chunks.empty() || (!after_decorator && !IsChunkContinuation(line))) {
      chunks.emplace_back();
    }
    // A decorator stays with what it decorates.
    if (!line.empty() && line[0] != ' ' && line[0] != '\t') {
      after_decorator = line[0] == '@';
    }
    chunks.back().append(line);
    chunks.back().push_back('\n');
  }
  // The split yields a last empty piece for text ending in '\n'.
  if (!chunks.empty() && chunks.back() == "\n" && !program.empty() &&
      program.back() == '\n') {
    std::string& last = chunks.back();
    if (chunks.size() > 1) {
      chunks.pop_back();
    } else {
      last.clear();
    }
  }
  return chunks;
}

std::string MutateProgram(std::string_view program, size_t max_size, Rng& rng) {
  std::vector<std::string> chunks = SplitChunks(program);
  std::erase_if(chunks, [](const std::string& c) {
    return c.find_first_not_of(" \t\n") == std::string::npos;
  });
  int n = static_cast<int>(chunks.size());
  switch (n == 0 ? 0 : Below(rng, 6)) {
    case 0:  // insert a new chunk
      chunks.insert(chunks.begin() + Below(rng, n + 1), GenerateChunk(rng));
      break;
    case 1:  // replace one
      chunks[Below(rng, n)] = GenerateChunk(rng);
      break;
    case 2:  // delete one
      chunks.erase(chunks.begin() + Below(rng, n));
      break;
    case 3: {  // duplicate one elsewhere
      std::string c = chunks[Below(rng, n)];
      chunks.insert(chunks.begin() + Below(rng, n + 1), c);
      break;
    }
    case 4:  // swap two
      std::swap(chunks[Below(rng, n)], chunks[Below(rng, n)]);
      break;
    default: {  // change a literal
      std::string& c = chunks[Below(rng, n)];
      c = TweakToken(c, rng);
      break;
    }
  }
  std::string out = Join(chunks);
  // One chunk stays even when it alone is over the cap (a few templates
  // fill to more than the smallest caps).
  while (out.size() > max_size && chunks.size() > 1) {
    chunks.erase(chunks.begin() + Below(rng, static_cast<int>(chunks.size())));
    out = Join(chunks);
  }
  return out;
}

std::string CrossOverPrograms(std::string_view a, std::string_view b,
                              size_t max_size, Rng& rng) {
  std::vector<std::string> ca = SplitChunks(a);
  std::vector<std::string> cb = SplitChunks(b);
  std::vector<std::string> out;
  for (size_t i = 0; i < std::max(ca.size(), cb.size()); ++i) {
    if (i < ca.size() && Below(rng, 2)) out.push_back(ca[i]);
    if (i < cb.size() && Below(rng, 2)) out.push_back(cb[i]);
  }
  std::string text = Join(out);
  while (text.size() > max_size && out.size() > 1) {
    out.pop_back();
    text = Join(out);
  }
  return text;
}

}  // namespace interp::fuzz
