# How sequence patterns read their subject: len() first, then either
# indexing (when the star is a wildcard) or iteration (otherwise).
log = []


class Seq(list):
    def __len__(self):
        log.append("len")
        return super().__len__()

    def __getitem__(self, i):
        log.append(("getitem", i))
        return super().__getitem__(i)

    def __iter__(self):
        log.append("iter")
        return super().__iter__()


def run(label, pattern_src, value):
    log.clear()
    ns = {"v": value}
    exec("match v:\n    case " + pattern_src + ":\n        hit = True\n    case _:\n        hit = False", ns)
    print(label, ns["hit"], log)


run("exact length", "[a, b, c]", Seq([1, 2, 3]))
run("wrong length", "[a, b]", Seq([1, 2, 3]))
run("star wildcard", "[a, *_, z]", Seq([1, 2, 3, 4]))
run("star capture", "[a, *rest]", Seq([1, 2, 3]))
run("only wildcards", "[_, _, _]", Seq([1, 2, 3]))
run("only star", "[*_]", Seq([1]))
run("too short for star", "[a, b, *_, c]", Seq([1, 2]))
run("failing element", "[1, 2, 9]", Seq([1, 2, 3]))
