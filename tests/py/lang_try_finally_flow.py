# try/finally interacting with return, break, continue and else
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def order(log):
    try:
        log.append("try")
        return len(log)
    finally:
        log.append("finally")
log = []
print(order(log), log)
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def else_clause(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "except"
    else:
        return "else %s" % r
    finally:
        print("cleanup", x)
print(else_clause(2), else_clause(0))
def loop_break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out with exception discarded"
print(loop_break_in_finally())
def nested_finally():
    res = []
    try:
        try:
            res.append(1)
            raise ValueError
        finally:
            res.append(2)
    except ValueError:
        res.append(3)
    finally:
        res.append(4)
    return res
print(nested_finally())
def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        return "no break"
    return "broke"
print(while_else(3), while_else(10))
def for_else(seq):
    for x in seq:
        if x < 0:
            print("negative found")
            break
    else:
        print("all non-negative")
for_else([1, 2]); for_else([1, -1])
def continue_in_finally():
    r = []
    for i in range(3):
        try:
            r.append(i)
        finally:
            if i == 1:
                continue
        r.append("after%d" % i)
    return r
print(continue_in_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_finally()
print(next(g))
g.close()
print("closed")
def exc_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
try:
    exc_in_else()
except RuntimeError as e:
    print(type(e).__name__, e)
