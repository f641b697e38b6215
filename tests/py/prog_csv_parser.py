# A CSV-like parser (quotes, escaped quotes, embedded newlines) with io.StringIO,
# then aggregation and a writer that round-trips.
import io

DATA = '''name,dept,salary,start
"Smith, Jane",Engineering,98000,2015
Bob Jones,Sales,55000,2019
"O""Neil, Pat",Engineering,105000,2012
Li Wei,"Research
& Development",87000,2020
Ana Gomez,Sales,61000,2016
,Support,,2021
'''


class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")


def parse_csv(stream, sep=","):
    rows = []
    field = []
    row = []
    in_quotes = False
    line_no = 1
    while True:
        ch = stream.read(1)
        if ch == "":
            if in_quotes:
                raise ParseError(line_no, "unterminated quote")
            if field or row:
                row.append("".join(field))
                rows.append(row)
            return rows
        if in_quotes:
            if ch == '"':
                nxt = stream.read(1)
                if nxt == '"':
                    field.append('"')
                else:
                    in_quotes = False
                    if nxt:
                        stream.seek(stream.tell() - 1)
            else:
                if ch == "\n":
                    line_no += 1
                field.append(ch)
        elif ch == '"':
            if field:
                raise ParseError(line_no, "quote inside unquoted field")
            in_quotes = True
        elif ch == sep:
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
            line_no += 1
        else:
            field.append(ch)


def write_csv(rows, sep=","):
    out = io.StringIO()
    for row in rows:
        cells = []
        for cell in row:
            cell = str(cell)
            if any(c in cell for c in (sep, '"', "\n")):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.write(sep.join(cells) + "\n")
    return out.getvalue()


rows = parse_csv(io.StringIO(DATA))
header, body = rows[0], rows[1:]
print(header, len(body))
for r in body:
    print(r)
records = [dict(zip(header, r)) for r in body]
by_dept = {}
for rec in records:
    if not rec["salary"]:
        print("skipping incomplete record:", rec)
        continue
    by_dept.setdefault(rec["dept"].replace("\n", " "), []).append(int(rec["salary"]))
print(f"{'dept':<24}{'n':>3}{'avg':>10}{'max':>8}")
for dept in sorted(by_dept):
    s = by_dept[dept]
    print(f"{dept:<24}{len(s):>3}{sum(s) / len(s):>10.1f}{max(s):>8}")

text = write_csv(rows)
print(text == DATA, len(text))
print(parse_csv(io.StringIO(text)) == rows)
print(parse_csv(io.StringIO("a;b;c\n1;2;3"), sep=";"))
for bad in ['a,"b\n', 'x,y"z"\n']:
    try:
        parse_csv(io.StringIO(bad))
    except ParseError as e:
        print("ParseError:", e)

buf = io.StringIO()
print("id", "value", sep="\t", file=buf)
for i in range(3):
    print(i, i * i, sep="\t", file=buf)
buf.seek(0)
print([line.rstrip("\n").split("\t") for line in buf])
buf2 = io.StringIO("one\ntwo\nthree\n")
print(buf2.readline(), buf2.readlines(), buf2.read(), buf2.tell())
