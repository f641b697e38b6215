

# blank lines at start

x = 1


def f():

    y = 2

    return y


class C:

    a = 1

    def m(self):
        return self.a


print(x, f(), C().m())
