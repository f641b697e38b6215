def esc(s):
    out = '"'
    for ch in s:
        if ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif ch == '\n': out += '\\n'
        elif ch == '\t': out += '\\t'
        elif ord(ch) < 32: out += '\\u' + hex(ord(ch))[2:].zfill(4)
        else: out += ch
    return out + '"'
def dumps(v, indent=0, step=2):
    pad = ' ' * indent
    inner = ' ' * (indent + step)
    if v is None: return 'null'
    if v is True: return 'true'
    if v is False: return 'false'
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return esc(v)
    if isinstance(v, (list, tuple)):
        if not v: return '[]'
        return '[\n' + ',\n'.join(inner + dumps(x, indent + step) for x in v) + '\n' + pad + ']'
    if isinstance(v, dict):
        if not v: return '{}'
        items = [inner + esc(str(k)) + ': ' + dumps(x, indent + step) for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    raise TypeError('cannot serialize ' + type(v).__name__)
doc = {'name': 'gilt', 'version': [0, 1, 0], 'stable': False, 'score': 9.5,
       'tags': ['rust', 'python', 'tab\there'], 'meta': {'empty': {}, 'none': None, 'quote': 'say "hi"'},
       'nested': [[1, [2, []]], {'k': 'v'}]}
print(dumps(doc))
try:
    dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in ' \n\t':
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == '{':
            pos += 1; d = {}; ws()
            if s[pos] == '}':
                pos += 1; return d
            while True:
                ws(); k = value(); ws(); pos += 1
                d[k] = value(); ws()
                if s[pos] == ',': pos += 1; continue
                pos += 1; return d
        if c == '[':
            pos += 1; l = []; ws()
            if s[pos] == ']':
                pos += 1; return l
            while True:
                l.append(value()); ws()
                if s[pos] == ',': pos += 1; continue
                pos += 1; return l
        if c == '"':
            pos += 1; start = pos; out = ''
            while s[pos] != '"':
                if s[pos] == '\\':
                    pos += 1
                    out += {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[s[pos]]
                else:
                    out += s[pos]
                pos += 1
            pos += 1; return out
        for word, val in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, pos):
                pos += len(word); return val
        start = pos
        while pos < len(s) and s[pos] in '-+.0123456789eE':
            pos += 1
        t = s[start:pos]
        return float(t) if '.' in t or 'e' in t else int(t)
    return value()
print(parse(dumps(doc)) == doc)
