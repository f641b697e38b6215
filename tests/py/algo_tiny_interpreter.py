def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(('num', int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalpha() or src[j].isdigit()):
                j += 1
            toks.append(('name', src[i:j]))
            i = j
        else:
            toks.append(('op', c))
            i += 1
    return toks
class Parser:
    def __init__(self, toks):
        self.toks = toks + [('eof', None)]
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (('op', '*'), ('op', '/'), ('op', '%')):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node
    def factor(self):
        kind, val = self.take()
        if kind == 'num':
            return ('num', val)
        if kind == 'name':
            return ('var', val)
        if val == '(':
            e = self.expr()
            self.take()
            return e
        if val == '-':
            return ('neg', self.factor())
        raise SyntaxError('unexpected ' + repr(val))
def evaluate(node, env):
    kind = node[0]
    if kind == 'num': return node[1]
    if kind == 'var': return env[node[1]]
    if kind == 'neg': return -evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    if kind == '+': return a + b
    if kind == '-': return a - b
    if kind == '*': return a * b
    if kind == '/': return a // b
    if kind == '%': return a % b
def run(program):
    env = {}
    for line in program.strip().splitlines():
        if '=' in line:
            name, src = line.split('=', 1)
            env[name.strip()] = evaluate(Parser(tokenize(src)).expr(), env)
        elif line.startswith('print '):
            print(evaluate(Parser(tokenize(line[6:])).expr(), env))
    return env
env = run('''
x = 6
y = x * 7
print y
z = (x + y) * -(2 - 5) % 100
print z
big = 99999999999 * 99999999999
print big / 7
print -x - -y
''')
print(sorted(env.items()))
for bad in ['1 + )', 'q + 1']:
    try:
        print(evaluate(Parser(tokenize(bad)).expr(), {}))
    except SyntaxError as e:
        print('SyntaxError:', e)
    except KeyError as e:
        print('KeyError:', e)
