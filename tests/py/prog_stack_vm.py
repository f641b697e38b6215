# A tiny stack-based VM with an assembler, labels, calls and error reporting.

class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc


def assemble(source):
    program = []
    labels = {}
    for raw in source.strip().splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append([op.upper(), *args])
    for instr in program:
        for i, arg in enumerate(instr[1:], 1):
            if arg in labels:
                instr[i] = labels[arg]
            else:
                try:
                    instr[i] = int(arg)
                except ValueError:
                    pass
    return program


class Machine:
    BINOPS = {
        "ADD": lambda a, b: a + b,
        "SUB": lambda a, b: a - b,
        "MUL": lambda a, b: a * b,
        "DIV": lambda a, b: a // b,
        "MOD": lambda a, b: a % b,
        "LT": lambda a, b: int(a < b),
        "EQ": lambda a, b: int(a == b),
    }

    def __init__(self, program, max_steps=100000):
        self.program = program
        self.stack = []
        self.frames = []
        self.vars = {}
        self.output = []
        self.max_steps = max_steps

    def pop(self, pc):
        if not self.stack:
            raise VMError(pc, "stack underflow")
        return self.stack.pop()

    def run(self):
        pc = 0
        steps = 0
        while pc < len(self.program):
            steps += 1
            if steps > self.max_steps:
                raise VMError(pc, "step limit exceeded")
            op, *args = self.program[pc]
            pc += 1
            if op == "PUSH":
                self.stack.append(args[0])
            elif op in self.BINOPS:
                b, a = self.pop(pc - 1), self.pop(pc - 1)
                try:
                    self.stack.append(self.BINOPS[op](a, b))
                except ZeroDivisionError:
                    raise VMError(pc - 1, "division by zero") from None
            elif op == "DUP":
                v = self.pop(pc - 1)
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(pc - 1), self.pop(pc - 1)
                self.stack += [b, a]
            elif op == "STORE":
                self.vars[args[0]] = self.pop(pc - 1)
            elif op == "LOAD":
                if args[0] not in self.vars:
                    raise VMError(pc - 1, f"undefined variable {args[0]}")
                self.stack.append(self.vars[args[0]])
            elif op == "JMP":
                pc = args[0]
            elif op == "JZ":
                if self.pop(pc - 1) == 0:
                    pc = args[0]
            elif op == "CALL":
                self.frames.append(pc)
                pc = args[0]
            elif op == "RET":
                if not self.frames:
                    raise VMError(pc - 1, "return outside call")
                pc = self.frames.pop()
            elif op == "PRINT":
                self.output.append(str(self.pop(pc - 1)))
            elif op == "HALT":
                break
            else:
                raise VMError(pc - 1, f"unknown opcode {op}")
        return steps


FACTORIAL = """
    push 20
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square     ; call a subroutine
    print
    halt
square:
    dup
    mul
    ret
"""

FIB = """
    push 0
    store a
    push 1
    store b
    push 0
    store i
top:
    load i
    push 15
    lt
    jz end
    load a
    print
    load a
    load b
    dup
    store a
    add
    store b
    load i
    push 1
    add
    store i
    jmp top
end:
"""

for name, src in [("factorial", FACTORIAL), ("fib", FIB)]:
    prog = assemble(src)
    m = Machine(prog)
    steps = m.run()
    print(f"{name}: {len(prog)} instrs, {steps} steps -> {' '.join(m.output)}")
print(assemble(FACTORIAL)[:6])

BROKEN = {
    "underflow": "push 1\nadd",
    "div zero": "push 1\npush 0\ndiv",
    "undefined": "load x",
    "bad op": "push 1\nfrob",
    "ret": "ret",
    "infinite": "top:\njmp top",
}
for name, src in BROKEN.items():
    try:
        Machine(assemble(src), max_steps=1000).run()
    except VMError as e:
        print(f"{name:<10} VMError {e} (pc {e.pc}, cause {e.__cause__!r}, suppress {e.__suppress_context__})")
