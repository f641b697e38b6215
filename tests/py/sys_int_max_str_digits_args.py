import sys
for a in [(), (1,2), (100,), (-5,), (2**40,), ("x",)]:
    try: sys.set_int_max_str_digits(*a)
    except Exception as e: print(type(e).__name__, e)
try: sys.set_int_max_str_digits(x=1)
except Exception as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0); print(len(str(10**5000)))
