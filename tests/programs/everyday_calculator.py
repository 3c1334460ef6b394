# A tokenizer and recursive-descent calculator with variables and errors.
import re
from collections import namedtuple

Token = namedtuple("Token", "kind text pos")
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise CalcError(f"unexpected character {text[pos]!r}", pos)
        num, name, op = m.groups()
        kind = "num" if num else "name" if name else "op"
        tokens.append(Token(kind, num or name or op, m.start(m.lastindex)))
        pos = m.end()
    tokens.append(Token("end", "", pos))
    return tokens


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs, "round": round}

    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, text=None):
        t = self.tok
        if text is not None and t.text != text:
            raise CalcError(f"expected {text!r}, got {t.text or 'end'!r}", t.pos)
        self.i += 1
        return t

    def statement(self):
        if self.tok.kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.eat().text
            self.eat("=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()

    def expr(self):
        value = self.term()
        while self.tok.text in ("+", "-"):
            op = self.eat().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.tok.text in ("*", "/", "%"):
            op = self.eat().text
            rhs = self.factor()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero", self.tokens[self.i - 1].pos)
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self):
        if self.tok.text in ("-", "+"):
            sign = -1 if self.eat().text == "-" else 1
            return sign * self.factor()
        base = self.atom()
        if self.tok.text in ("**", "^"):
            self.eat()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.eat()
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "name":
            self.eat()
            if self.tok.text == "(":
                self.eat("(")
                args = [self.expr()]
                while self.tok.text == ",":
                    self.eat(",")
                    args.append(self.expr())
                self.eat(")")
                try:
                    return self.FUNCS[t.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {t.text}", t.pos) from None
            if t.text not in self.env:
                raise CalcError(f"undefined variable {t.text}", t.pos)
            return self.env[t.text]
        if t.text == "(":
            self.eat("(")
            v = self.expr()
            self.eat(")")
            return v
        raise CalcError(f"unexpected {t.text or 'end of input'!r}", t.pos)


env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "x = (1 + 2) * 3", "x ** 2 - 1", "-2 ^ 2", "2 ** 3 ** 2", "10 / 4",
         "7 % 3", "max(1, x, 4) + abs(-2.5)", "round(pi * 100)", "1e3 + .5e1" if False else "1e3 + 5",
         "y + 1", "3 / (1 - 1)", "foo(1)", "2 +", "(1 + 2", "4 $ 4", "r = 2", "pi * r ** 2"]
for line in lines:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<28} = {result!r}")
    except CalcError as e:
        print(f"{line:<28} ! {e} (pos={e.pos})")
print(sorted(env.items()))
print(tokenize("a=1")[:2])
