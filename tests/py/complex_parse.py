# complex(str): CPython's accepted forms and its two error messages.
good = [
    "1", "1j", "1J", "-1j", "+1j", "j", "-j", "+J", "1+2j", "1-2j", "1+j", "1-J",
    " 1+2j ", "(1+2j)", " ( 1+2j ) ", "\t(\n-3.5e2-4.25E-1j\n)\t", "1e5", "1e-5j",
    "1.", ".5", "5.j", "-.5j", "inf", "-inf", "infj", "-infj", "nan", "nanj",
    "-nanj", "infinity+nanj", "INF-INFJ", "NaN+Infinityj", "1e400", "1e400j",
    "-1e-400-1e-400j", "1_000", "1_0j", "1_000.000_1+2_0e1_0j", "0.000_001j",
    "\u20031+1j\u2003", "12345678901234567890j",
]
for s in good:
    z = complex(s)
    print(repr(s), "->", repr(z), z.real, z.imag)

bad = [
    "", " ", "()", "( )", "(1+2j", "1+2j)", "((1))", "1+2", "1 +2j", "1+ 2j",
    "1 j", "j1", "jj", "1jj", "1+2jj", "+", "-", "+-1j", "1e", "1e+j", "e1j",
    "0x10", "1+2i", "abc", "1.2.3", "\x00", "1+2j\x00", "in", "infi", "nanx",
    "1__0", "_1", "1_", "1_j", "1._5", "1_.5", "(1_0)_", "1e_5",
]
for s in bad:
    try:
        print(repr(s), "->", repr(complex(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

# str subclasses are strings too.
class S(str):
    pass


print(complex(S("2-3j")))
