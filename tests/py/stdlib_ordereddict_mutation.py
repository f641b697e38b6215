from collections import OrderedDict
for mut in ["add", "del", "move", "set", "pop"]:
    od = OrderedDict.fromkeys("abcd", 0)
    try:
        for k in od:
            if mut == "add": od["z"] = 1
            elif mut == "del": del od["d"]
            elif mut == "move": od.move_to_end("a")
            elif mut == "set": od["b"] = 5
            elif mut == "pop": od.popitem()
        print(mut, "no error", list(od))
    except RuntimeError as e:
        print(mut, "RuntimeError", e)
for view in ["keys", "values", "items"]:
    od = OrderedDict.fromkeys("ab", 0)
    try:
        for x in getattr(od, view)():
            od["n" + str(x)] = 1
    except RuntimeError as e:
        print(view, "RuntimeError", e)
od = OrderedDict.fromkeys("abc")
try:
    for k in reversed(od):
        od.move_to_end("a", last=False)
    print("reversed ok")
except RuntimeError as e:
    print("reversed RuntimeError", e)
