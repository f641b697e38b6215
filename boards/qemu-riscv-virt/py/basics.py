# General Python on hart 0 of the QEMU RISC-V virt board; its output must match CPython's.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

squares = [i * i for i in range(10)]
print("hello from Gilt on bare-metal RISC-V")
print("fib(90) =", fib(90))
print("2**100 =", 2 ** 100)
print("squares:", squares)
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print("most common:", max(counts, key=counts.get), counts["the"])
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
