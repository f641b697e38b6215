# A small regex-free template engine: {{ var }}, {{ var|filter }},
# {% for x in xs %}...{% endfor %}, {% if cond %}...{% else %}...{% endif %}.

class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": len,
    "strip": str.strip,
    "money": lambda v: f"${v:,.2f}",
}


def tokenize(src):
    out = []
    i = 0
    while i < len(src):
        a = src.find("{{", i)
        b = src.find("{%", i)
        starts = [p for p in (a, b) if p >= 0]
        if not starts:
            out.append(("text", src[i:]))
            break
        j = min(starts)
        if j > i:
            out.append(("text", src[i:j]))
        close = "}}" if src.startswith("{{", j) else "%}"
        k = src.find(close, j)
        if k < 0:
            raise TemplateError(f"unclosed tag at offset {j}")
        kind = "var" if close == "}}" else "tag"
        out.append((kind, src[j + 2:k].strip()))
        i = k + 2
    return out


def parse(tokens, pos=0, end=()):
    nodes = []
    while pos < len(tokens):
        kind, val = tokens[pos]
        if kind == "tag":
            word = val.split()[0]
            if word in end:
                return nodes, pos
            if word == "for":
                parts = val.split()
                if len(parts) != 4 or parts[2] != "in":
                    raise TemplateError(f"bad for tag: {val!r}")
                body, pos = parse(tokens, pos + 1, ("endfor",))
                nodes.append(("for", parts[1], parts[3], body))
            elif word == "if":
                body, pos = parse(tokens, pos + 1, ("else", "endif"))
                other = []
                if tokens[pos][1] == "else":
                    other, pos = parse(tokens, pos + 1, ("endif",))
                nodes.append(("if", val[2:].strip(), body, other))
            else:
                raise TemplateError(f"unknown tag {word!r}")
        else:
            nodes.append((kind, val))
        pos += 1
    if end:
        raise TemplateError(f"missing {' or '.join(end)}")
    return nodes, pos


def lookup(name, ctx):
    obj = ctx
    for part in name.split("."):
        if isinstance(obj, dict):
            if part not in obj:
                raise TemplateError(f"undefined: {name}")
            obj = obj[part]
        else:
            obj = getattr(obj, part)
    return obj


def render_nodes(nodes, ctx):
    out = []
    for node in nodes:
        if node[0] == "text":
            out.append(node[1])
        elif node[0] == "var":
            name, *filters = [p.strip() for p in node[1].split("|")]
            value = lookup(name, ctx)
            for f in filters:
                if f not in FILTERS:
                    raise TemplateError(f"unknown filter {f!r}")
                value = FILTERS[f](value)
            out.append(str(value))
        elif node[0] == "for":
            _, var, seq, body = node
            items = lookup(seq, ctx)
            for i, item in enumerate(items):
                inner = dict(ctx)
                inner[var] = item
                inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
                out.append(render_nodes(body, inner))
        elif node[0] == "if":
            _, cond, body, other = node
            negate = cond.startswith("not ")
            value = bool(lookup(cond[4:] if negate else cond, ctx))
            out.append(render_nodes(body if value != negate else other, ctx))
    return "".join(out)


def render(src, ctx):
    nodes, _ = parse(tokenize(src))
    return render_nodes(nodes, ctx)


class User:
    def __init__(self, name, admin):
        self.name = name
        self.admin = admin


PAGE = """Hello {{ user.name|title }}!
{% if user.admin %}You are an admin.{% else %}You are a regular user.{% endif %}
Your cart ({{ items|len }} items):
{% for it in items %}  {{ loop.index }}. {{ it.name|upper }} - {{ it.price|money }}{% if loop.last %} (last){% endif %}
{% endfor %}{% if not items %}  (empty)
{% endif %}Total: {{ total|money }}
"""

items = [{"name": "widget", "price": 2.5}, {"name": "gadget", "price": 1234.5}]
print(render(PAGE, {"user": User("ada lovelace", True), "items": items, "total": 1237.0}))
print(render(PAGE, {"user": User("bob", False), "items": [], "total": 0}))
for bad in ["{{ x", "{% for x of y %}{% endfor %}", "{% if a %}no end", "{{ a|shout }}",
            "{{ missing }}", "{% while %}"]:
    try:
        print(render(bad, {"a": 1}))
    except TemplateError as e:
        print("TemplateError:", e)
print(tokenize("a{{b}}c{%d%}e"))
