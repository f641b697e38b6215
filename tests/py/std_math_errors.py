import math
tests = ["math.sqrt()", "math.sqrt(1,2)", "math.sqrt('x')", "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.exp(1000)", "math.pow(2, 2000)", "math.pow(0,-1)",
"math.atan2(1)", "math.atan2(1,2,3)", "math.log()", "math.log(1,2,3)", "math.floor('x')", "math.floor(float('inf'))", "math.floor(float('nan'))", "math.factorial(-1)", "math.factorial(1.5)",
"math.gcd(1.5)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.comb(5,-1)", "math.perm(-1)", "math.fsum([float('inf'), float('-inf')])", "math.fsum([1e308, 1e308])", "math.ldexp(1.0, 10000)",
"math.hypot('a')", "math.dist([1],[1,2])", "math.dist(1,2)", "math.isclose(1,2,rel_tol=-1)", "math.prod()", "math.fmod(1,0)", "math.fmod(float('inf'),1)", "math.lgamma(0)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)",
"math.modf(float('inf'))", "math.frexp(float('inf'))", "math.remainder(1,0)", "math.acos(2)", "math.cosh(1000)", "math.ceil(None)", "math.trunc('x')", "math.trunc(1.5)", "math.log(10, 1)", "math.log(8, 2)", "math.log10(0)","math.copysign(1)", "math.nextafter(1)", "math.ulp(1.0)", "math.isclose(1)", "math.isclose(1,2,3)",
"math.perm(5)", "math.comb(10**20, 3)", "math.lcm()", "math.gcd()", "math.factorial(10**20)", "math.radians('x')", "math.isqrt(1.0)", "math.exp2(3)", "math.sqrt(10**400)", "math.log(10**400)", "math.log2(2**1000)", "math.floor(10**400)", "math.ceil(1e300)", "math.pow(-8, 1/3)",
"math.fsum(['a'])", "math.prod([1,2], start=3)", "math.prod([1,2], 3)", "math.hypot()", "math.hypot(3,4,12)", "math.dist((0,0),(3,4))", "math.ldexp(1.0, 1.5)", "math.atan(float('inf'))", "math.sin(float('inf'))", "math.log(0.0, 2)", "math.log(2, 0.0)", "math.factorial(True)", "math.comb(5.0,2)", "math.expm1(1000)", "math.sinh(1000)", "math.erf(1)", "math.tan(float('inf'))", "math.fabs(-0.0)", "math.floor(-0.5)", "math.degrees(math.pi)", "math.nextafter(1.0, 2.0)", "math.ulp(0.0)", "math.ulp(float('inf'))", "math.ulp(float('nan'))", "math.gcd(2**100, 2**80*3)", "math.factorial(25)", "math.isqrt(10**50)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
