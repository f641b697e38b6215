# __del__ runs when the last reference goes away
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
r = None
print("after rebinding")
def scope():
    x = Res("local")
    print("leaving scope")
scope()
print("after scope")
lst = [Res("in-list")]
lst.clear()
print("after clear")
d = {"k": Res("in-dict")}
del d["k"]
print("after del item")
a = Res("shared")
b = a
del a
print("one ref left")
del b
print("all gone")
class Child(Res):
    def __del__(self):
        print("child del", self.name)
        super().__del__()
c = Child("kid")
del c
def make_temp():
    return Res("temp")
make_temp()
print("temp discarded")
print(make_temp().name)
print("end")
