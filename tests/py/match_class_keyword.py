# Class patterns with keyword sub-patterns, missing attributes, properties.


class User:
    def __init__(self, name, role, active=True):
        self.name = name
        self.role = role
        self.active = active

    @property
    def shout(self):
        return self.name.upper()


def describe(u):
    match u:
        case User(role="admin", name=n, active=True):
            return f"active admin {n}"
        case User(role="admin", name=n):
            return f"inactive admin {n}"
        case User(shout=s, role=r) if r == "guest":
            return f"guest {s}"
        case User(nickname=nick):
            return f"has nickname {nick}"
        case User(name=str() as n):
            return f"plain user {n}"
        case _:
            return "nobody"


print(describe(User("ann", "admin")))
print(describe(User("bob", "admin", active=False)))
print(describe(User("cid", "guest")))
print(describe(User("dee", "user")))
u = User("eve", "user")
u.nickname = "evie"
print(describe(u))
print(describe(User(3, "user")))
print(describe("not a user"))


class Mixed:
    __match_args__ = ("a",)

    def __init__(self, a, b):
        self.a = a
        self.b = b


match Mixed(1, 2):
    case Mixed(1, b=3):
        print("no")
    case Mixed(1, b=b):
        print("positional then keyword, b =", b)


class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)


match Dyn():
    case Dyn(xy=v, zz=w):
        print("no", v, w)
    case Dyn(xy=v):
        print("__getattr__ supplies", v)
