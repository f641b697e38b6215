# sys.float_info, int_info, hash_info, maxsize, maxunicode and friends.
import sys

print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(len(sys.float_info), sys.float_info[0] == sys.float_info.max, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.rounds)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.float_info.max * 2, sys.float_info.min / 2 > 0)
print(sys.hash_info.modulus == 2**61 - 1, hash(sys.hash_info.modulus), hash(float('inf')) == sys.hash_info.inf)
print(sys.hash_info.width, sys.hash_info.algorithm)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(sys.byteorder, sys.float_repr_style)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.version.startswith('3.11'), type(sys.hexversion).__name__, sys.hexversion >> 16)
print(sys.platform, type(sys.executable).__name__, sys.getdefaultencoding(), sys.getfilesystemencoding())
try:
    sys.float_info.max = 1
except AttributeError:
    print('AttributeError')
a, b, c, d = sys.int_info
print(a, b, c, d)
print(list(sys.hash_info)[:5])
