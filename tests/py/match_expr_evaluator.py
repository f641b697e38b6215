# A tiny expression language: tokenizer, parser and evaluator using match.


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


class Let:
    __match_args__ = ("name", "value", "body")

    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        match c:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "=":
                tokens.append(("op", c))
                i += 1
            case _ if c.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                tokens.append(("num", int(src[i:j])))
                i = j
            case _ if c.isalpha():
                j = i
                while j < len(src) and src[j].isalnum():
                    j += 1
                word = src[i:j]
                tokens.append(("kw", word) if word in ("let", "in") else ("name", word))
                i = j
            case _:
                raise SyntaxError(f"bad character {c!r}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("eof", None)

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        match self.peek():
            case ("kw", "let"):
                self.take()
                match self.take(), self.take():
                    case (("name", name), ("op", "=")):
                        pass
                    case other:
                        raise SyntaxError(f"bad let: {other}")
                value = self.expr()
                match self.take():
                    case ("kw", "in"):
                        return Let(name, value, self.expr())
                    case tok:
                        raise SyntaxError(f"expected 'in', got {tok}")
        left = self.term()
        while True:
            match self.peek():
                case ("op", ("+" | "-") as op):
                    self.take()
                    left = BinOp(op, left, self.term())
                case _:
                    return left

    def term(self):
        left = self.factor()
        while True:
            match self.peek():
                case ("op", ("*" | "/") as op):
                    self.take()
                    left = BinOp(op, left, self.factor())
                case _:
                    return left

    def factor(self):
        match self.take():
            case ("num", n):
                return Num(n)
            case ("name", name):
                return Var(name)
            case ("op", "-"):
                return Neg(self.factor())
            case ("op", "("):
                e = self.expr()
                match self.take():
                    case ("op", ")"):
                        return e
                    case tok:
                        raise SyntaxError(f"expected ')', got {tok}")
            case tok:
                raise SyntaxError(f"unexpected {tok}")


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case _:
            return e


def evaluate(e, env):
    match e:
        case Num(n):
            return n
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("/", _, r) if evaluate(r, env) == 0:
            raise ZeroDivisionError("division by zero in expression")
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a // b
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
    raise TypeError(f"cannot evaluate {e!r}")


def show(e):
    match e:
        case Num(n):
            return str(n)
        case Var(name):
            return name
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Let(n, v, b):
            return f"let {n} = {show(v)} in {show(b)}"


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "-(4 - 10) / 2",
    "let x = 5 in x * x + 0",
    "let a = 2 in let b = a * 1 in a + b * 0 + -(-b)",
    "y + 1",
    "8 / (2 - 2)",
    "(1 + 2",
    "3 $ 4",
    "let 5 = 3 in 1",
]
for src in programs:
    try:
        tree = Parser(tokenize(src)).expr()
        simple = simplify(tree)
        print(f"{src!r:45} {show(simple):35} = {evaluate(simple, {'z': 1})}")
    except (SyntaxError, NameError, ZeroDivisionError) as err:
        print(f"{src!r:45} error: {type(err).__name__}: {err}")
