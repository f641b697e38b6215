PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}
def to_rpn(expr):
    out, ops = [], []
    for tok in expr.replace('(', ' ( ').replace(')', ' ) ').split():
        if tok in PREC:
            while ops and ops[-1] != '(' and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != '^')):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == '(':
            ops.append(tok)
        elif tok == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return out
def eval_rpn(toks):
    st = []
    for t in toks:
        if t in PREC:
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b}[t])
        else:
            st.append(float(t) if '.' in t else int(t))
    return st[0]
for e in ['3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3', '(1 + 2) * (3 + 4)', '2 ^ 3 ^ 2', '10 - 4 - 3', '1.5 * 4']:
    r = to_rpn(e)
    print(' '.join(r), '=', eval_rpn(r))
