def run(code):
    stack, pc, out, vars_ = [], 0, [], {}
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        if op == 'push': stack.append(args[0])
        elif op == 'load': stack.append(vars_[args[0]])
        elif op == 'store': vars_[args[0]] = stack.pop()
        elif op == 'add': b = stack.pop(); stack.append(stack.pop() + b)
        elif op == 'sub': b = stack.pop(); stack.append(stack.pop() - b)
        elif op == 'mul': b = stack.pop(); stack.append(stack.pop() * b)
        elif op == 'lt': b = stack.pop(); stack.append(stack.pop() < b)
        elif op == 'jz':
            if not stack.pop(): pc = args[0]
        elif op == 'jmp': pc = args[0]
        elif op == 'print': out.append(stack.pop())
        else: raise ValueError('bad op ' + op)
    return out
fact = [
    ('push', 1), ('store', 'acc'), ('push', 1), ('store', 'i'),
    ('load', 'i'), ('push', 21), ('lt',), ('jz', 17),
    ('load', 'acc'), ('load', 'i'), ('mul',), ('store', 'acc'),
    ('load', 'i'), ('push', 1), ('add',), ('store', 'i'), ('jmp', 4),
    ('load', 'acc'), ('print',),
]
print(run(fact))
try:
    run([('nop',)])
except ValueError as e:
    print('ValueError:', e)
