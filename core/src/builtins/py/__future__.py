"""Gilt's own implementation of the __future__ module, matching CPython
3.11's observable behaviour: one _Feature record per language change that
was phased in through `from __future__ import ...`.

Gilt's compiler acts on `annotations` (annotations kept as strings); every
other feature is simply the default in Python 3.
"""

# name, first release offering it, release making it the default (- for
# none yet), compiler flag constant and its value. Releases are written
# major.minor.micro:level:serial.
_FEATURE_TABLE = """
nested_scopes     2.1.0:beta:1   2.2.0:alpha:0  CO_NESTED                  0x0010
generators        2.2.0:alpha:1  2.3.0:final:0  CO_GENERATOR_ALLOWED       0
division          2.2.0:alpha:2  3.0.0:alpha:0  CO_FUTURE_DIVISION         0x20000
absolute_import   2.5.0:alpha:1  3.0.0:alpha:0  CO_FUTURE_ABSOLUTE_IMPORT  0x40000
with_statement    2.5.0:alpha:1  2.6.0:alpha:0  CO_FUTURE_WITH_STATEMENT   0x80000
print_function    2.6.0:alpha:2  3.0.0:alpha:0  CO_FUTURE_PRINT_FUNCTION   0x100000
unicode_literals  2.6.0:alpha:2  3.0.0:alpha:0  CO_FUTURE_UNICODE_LITERALS 0x200000
barry_as_FLUFL    3.1.0:alpha:2  4.0.0:alpha:0  CO_FUTURE_BARRY_AS_BDFL    0x400000
generator_stop    3.5.0:beta:1   3.7.0:alpha:0  CO_FUTURE_GENERATOR_STOP   0x800000
annotations       3.7.0:beta:1   -              CO_FUTURE_ANNOTATIONS      0x1000000
"""


class _Feature:
    """When a feature became available and when it becomes (or became)
    mandatory, as sys.version_info-style tuples, plus its compiler flag."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The first release that accepted the future statement."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature is always on (None: not decided)."""
        return self.mandatory

    def __repr__(self):
        return f"_Feature{(self.optional, self.mandatory, self.compiler_flag)!r}"


def _parse_release(text):
    if text == "-":
        return None
    number, level, serial = text.split(":")
    major, minor, micro = (int(part) for part in number.split("."))
    return (major, minor, micro, level, int(serial))


def _load_features(table, namespace):
    names = []
    for row in table.split("\n"):
        if not row.strip():
            continue
        name, first, default, flag_name, flag = row.split()
        namespace[flag_name] = int(flag, 0)
        namespace[name] = _Feature(_parse_release(first),
                                   _parse_release(default), int(flag, 0))
        names.append(name)
    return names


all_feature_names = _load_features(_FEATURE_TABLE, globals())
__all__ = ["all_feature_names"] + all_feature_names

del _load_features, _parse_release, _FEATURE_TABLE
