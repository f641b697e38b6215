# Tokenizer + recursive-descent calculator with variables and errors.

class CalcError(Exception):
    pass


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind!r}, {self.value!r}, {self.pos})"


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            raw = text[start:i]
            if raw.count(".") > 1:
                raise CalcError(f"bad number {raw!r} at {start}")
            tokens.append(Token("num", float(raw) if "." in raw else int(raw), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("name", text[start:i], start))
        elif ch in "+-*/%^()=,":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("end", None, len(text)))
    return tokens


FUNCS = {
    "max": max,
    "min": min,
    "abs": abs,
    "sq": lambda x: x * x,
}


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if kind is not None and tok.kind != kind:
            raise CalcError(f"expected {kind} at {tok.pos}, got {tok.kind}")
        if value is not None and tok.value != value:
            raise CalcError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].value == "=":
            name = self.take("name").value
            self.take("op", "=")
            value = self.expr()
            self.env[name] = value
            result = value
        else:
            result = self.expr()
        self.take("end")
        return result

    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise CalcError("division by zero")
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.peek()
        if tok.kind == "num":
            return self.take().value
        if tok.kind == "name":
            name = self.take().value
            if self.peek().value == "(":
                self.take()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                if name not in FUNCS:
                    raise CalcError(f"unknown function {name}")
                return FUNCS[name](*args)
            if name not in self.env:
                raise CalcError(f"undefined variable {name}")
            return self.env[name]
        if tok.value == "(":
            self.take()
            value = self.expr()
            self.take("op", ")")
            return value
        raise CalcError(f"unexpected {tok.kind} {tok.value!r} at {tok.pos}")


def run(lines):
    env = {"pi": 3.14159}
    for line in lines:
        try:
            result = Parser(tokenize(line), env).statement()
            print(f"{line:<28} => {result}")
        except CalcError as e:
            print(f"{line:<28} !! {type(e).__name__}: {e}")
    print("variables:", ", ".join(f"{k}={v}" for k, v in sorted(env.items())))


print(tokenize("x = 3 * (4 + 5)"))
run([
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10",
    "y = x * 2 + 1",
    "x * y / 4",
    "17 % 5 + 7 / 2",
    "max(1, x, y, 3) - min(4, 2)",
    "sq(abs(-12))",
    "2 ^ 100",
    "area = pi * sq(2)",
    "1 / 0",
    "3 + ",
    "foo(1)",
    "z + 1",
    "1.2.3",
    "4 $ 4",
    "(1 + 2",
])
