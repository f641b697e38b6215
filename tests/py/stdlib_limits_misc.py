import struct, array, itertools, math
tests = [lambda: struct.calcsize("99999999999999999999s"), lambda: struct.calcsize("9999999999999999999q"), lambda: struct.calcsize("1000000000000x"),
         lambda: struct.Struct("4000000000000000000i").size, lambda: array.array("i", [0]) * (2**62),
         lambda: len(list(itertools.repeat(0, 10))), lambda: itertools.islice("ab", 2**70), lambda: list(itertools.islice("abc", 2**70, None)),
         lambda: struct.unpack_from("<i", b"abcd", 2**70), lambda: struct.pack_into("<i", bytearray(4), 2**70, 1), lambda: math.factorial(2**70),
         lambda: math.comb(2**70, 2**69) and None, lambda: math.perm(2**70, 2**69) and None, lambda: math.isqrt(10**10000) % 7,
         lambda: math.ldexp(1.0, 2**70), lambda: math.ldexp(1.0, -2**70), lambda: math.ldexp(0.0, 2**70), lambda: math.log(2**10000),
         lambda: math.log2(2**100000), lambda: math.log10(10**1000), lambda: math.sqrt(2**2000), lambda: math.exp(2**70),
         lambda: math.floor(1e300) == 10**300, lambda: struct.unpack_from("<h", b"\x01\x02\x03", -2), lambda: struct.unpack_from("<h", b"\x01\x02", -3),
         lambda: math.gcd(2**10000, 6**2000) == 2**2000, lambda: math.lcm(2**500, 3**300).bit_length(), lambda: len(str(math.factorial(3000)))]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, repr(r)[:60])
    except Exception as e:
        print(i, type(e).__name__, e)
