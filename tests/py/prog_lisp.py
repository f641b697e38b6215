# A tiny Lisp interpreter: reader, environments, special forms, closures,
# tail calls via a loop, and error reporting.
import math
import operator as op


class LispError(Exception):
    pass


class Symbol(str):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": op.sub, "*": lambda *a: math.prod(a), "/": op.truediv,
        "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, "mod": op.mod,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
        "abs": abs, "sqrt": math.sqrt, "not": op.not_, "display": lambda x: print(to_str(x)),
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return x
        head, *args = x
        if head == "quote":
            return args[0]
        if head == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if head == "define":
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if head == "set!":
            name, expr = args
            env.find(name)[name] = evaluate(expr, env)
            return None
        if head == "lambda":
            return Lambda(args[0], args[1], env)
        if head == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Lambda):
            if len(vals) != len(proc.params):
                raise LispError(f"{proc!r} expects {len(proc.params)} args, got {len(vals)}")
            env = Env(proc.params, vals, proc.env)
            x = proc.body
            continue
        if not callable(proc):
            raise LispError(f"not a procedure: {to_str(proc)}")
        return proc(*vals)


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)


def run(src, env):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens), env)
    return result


env = standard_env()
program = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))
(define range (lambda (a b) (if (>= a b) '() (cons a (range (+ a 1) b)))))
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))
(define >= (lambda (a b) (not (< a b))))
"""
run(program, env)
tests = [
    "(fact 30)", "(fib 15)", "(map fact (range 1 8))", "(count 5000 0)",
    "(begin (define k (make-counter)) (k) (k) (k))", "'(a b (c d))", "(length (range 0 50))",
    "(sqrt (* 2 8))", "(/ 7 2)", "(mod -7 3)", "(if (> 1 2) 'yes 'no)", "(display '(hello world))",
    "(car '())", "(undefined 1)", "(fact 1 2)", "(1 2 3)", "(+ 1 (* 2", ")", "(/ 1 0)",
]
for src in tests:
    try:
        print(f"{src} => {to_str(run(src, env))}")
    except LispError as e:
        print(f"{src} !! LispError: {e}")
    except (IndexError, ZeroDivisionError) as e:
        print(f"{src} !! {type(e).__name__}: {e}")
print(read(tokenize("(a (b 1.5) -3)")), isinstance(read(["x"]), str))
