import io, json, string, itertools, operator
from collections import namedtuple, Counter
Tok = namedtuple("Tok", "kind text line col")
def tokenize(src):
    f = io.StringIO(src)
    for lineno, line in enumerate(f, 1):
        i = 0
        while i < len(line):
            ch = line[i]
            if ch in string.whitespace:
                i += 1; continue
            start = i
            if ch in string.ascii_letters + "_":
                while i < len(line) and (line[i] in string.ascii_letters + string.digits + "_"):
                    i += 1
                yield Tok("NAME", line[start:i], lineno, start + 1)
            elif ch in string.digits:
                while i < len(line) and line[i] in string.digits + ".":
                    i += 1
                yield Tok("NUM", line[start:i], lineno, start + 1)
            elif ch == '"':
                i += 1
                while i < len(line) and line[i] != '"':
                    i += 1
                i += 1
                yield Tok("STR", line[start:i], lineno, start + 1)
            elif ch in string.punctuation:
                i += 1
                yield Tok("OP", ch, lineno, start + 1)
            else:
                i += 1
                yield Tok("ERR", ch, lineno, start + 1)
src = '''let x = 42 + y_1;
print("hello world", 3.14)
if (x >= 10) { x = x - 1 }
'''
toks = list(tokenize(src))
for t in toks[:6]:
    print(t)
print(len(toks), Counter(map(operator.attrgetter("kind"), toks)))
by_line = {k: [t.text for t in g] for k, g in itertools.groupby(toks, key=operator.attrgetter("line"))}
print(json.dumps(by_line))
names = sorted({t.text for t in toks if t.kind == "NAME"}); print(names)
pairs = list(itertools.pairwise(t.text for t in toks if t.kind == "OP")); print(pairs[:5])
out = io.StringIO()
for t in toks:
    out.write(t.text if t.kind != "STR" else t.text.upper())
    out.write(" ")
print(out.getvalue().strip())
print(json.dumps([t._asdict() for t in toks if t.kind == "NUM"], sort_keys=True))
tpl = string.Template("$kind@$line:$col")
print(", ".join(tpl.substitute(t._asdict()) for t in toks if t.kind in ("NUM", "STR")))
