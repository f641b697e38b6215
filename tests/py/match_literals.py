# Literal patterns: numbers (incl. negative), strings, bytes, None/True/False.


def classify(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case 10_000_000_000_000_000_000:
            return "ten quintillion"
        case 0x1F:
            return "thirty-one (hex)"
        case "hello":
            return "greeting"
        case "multi" "part":
            return "implicitly concatenated"
        case "":
            return "empty string"
        case b"raw":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "no literal matched"


values = [0, 0.0, -1, -1.0, 1.5, -2.25, 10**19, 31, "hello", "multipart",
          "", b"raw", bytearray(b"raw"), None, True, False, 1, 2, "x", [], ()]
for v in values:
    print(repr(v), "->", classify(v))

# True/False/None compare by identity; numbers compare by ==.
for v in [1, True, 1.0]:
    match v:
        case True:
            print(repr(v), "is True")
        case _:
            print(repr(v), "is not True")
for v in [0, False, 0.0]:
    match v:
        case 0:
            print(repr(v), "== 0")


class AlwaysEqual:
    def __eq__(self, other):
        return True


match AlwaysEqual():
    case None:
        print("None matched?")
    case 42:
        print("42 matched via __eq__")

match -0:
    case 0:
        print("negative zero int matches 0")
match -0.0:
    case 0:
        print("negative zero float matches 0")
