# exceptions raised inside except/else/finally, and handler variable cleanup
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    in_except()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("else")
    finally:
        print("finally after else")
try:
    in_else()
except KeyError as e:
    print(type(e).__name__, e, e.__context__)
def nested_reraise():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise
    except ValueError as outer:
        return outer.args
print(nested_reraise())
def handler_name_deleted():
    e = "before"
    try:
        raise OSError("x")
    except OSError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return type(err).__name__
print(handler_name_deleted())
def exc_in_finally_with_return():
    try:
        return "try-value"
    finally:
        print("cleanup runs before return completes")
print(exc_in_finally_with_return())
def context_of_handled():
    try:
        raise ValueError("a")
    except ValueError:
        pass
    try:
        raise KeyError("b")
    except KeyError as e:
        return e.__context__
print(context_of_handled())
def raise_in_except_star_like():
    errors = []
    for exc in (ValueError("1"), TypeError("2")):
        try:
            raise exc
        except (ValueError, TypeError) as e:
            errors.append(type(e).__name__)
    return errors
print(raise_in_except_star_like())
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    print("with_traceback(None) reraised", e)
def loop_handler():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        except ValueError:
            out.append("skip")
            continue
        finally:
            out.append("f")
    return out
print(loop_handler())
