import sys
sys.stdout.write('written to stdout\n')
n = sys.stdout.write('abc')
print()
print(n)
sys.stderr.write('written to stderr\n')
print('after', file=sys.stdout)
print('again to stderr', file=sys.stderr)
sys.stdout.write('line1\nline2\n')
