# A built-in method called through its class on the wrong object, or on
# nothing: slot wrappers (__add__, __len__, __repr__, ...) and plain methods
# (append, hex, __format__, ...) word the TypeError differently.

calls = [
    (int.__add__, (1.0, 1)), (int.__add__, ()), (int.bit_length, ("x",)), (int.bit_length, ()),
    (int.__format__, (1.5, "")), (int.__repr__, ("s",)),
    (float.hex, (1,)), (float.hex, ()), (float.__format__, ("a", "")),
    (float.is_integer, (True,)), (float.__neg__, (1,)),
    (complex.conjugate, ("s",)), (complex.conjugate, ()), (complex.__abs__, (1,)),
    (str.upper, (1,)), (str.upper, ()), (str.__len__, (1,)), (str.__len__, ()),
    (str.__add__, (1, "a")), (str.__format__, (1, "")), (str.__mod__, (1, 2)),
    (list.append, ((), 1)), (list.append, ()), (list.__len__, (1,)), (list.__getitem__, ((), 0)),
    (list.__iadd__, ((), [])), (list.__reversed__, ((),)),
    (tuple.count, ([], 1)), (tuple.count, ()), (tuple.__len__, ([],)), (tuple.__contains__, ()),
    (dict.keys, ([],)), (dict.keys, ()), (dict.__getitem__, ([], 1)), (dict.__len__, ()),
    (set.add, ([], 1)), (set.add, ()), (set.__or__, ([], set())), (set.__len__, ()),
    (bytes.hex, ("x",)), (bytes.hex, ()), (bytes.__len__, ("x",)), (bytes.__len__, ()),
    (range.count, ([], 1)), (range.count, ()), (range.__len__, ([],)),
    (memoryview.release, (1,)), (memoryview.tobytes, ()), (memoryview.__len__, (1,)),
    (BaseException.with_traceback, (1, None)), (BaseException.with_traceback, ()),
    (BaseException.__str__, (1,)), (BaseException.__repr__, ()),
]
for f, a in calls:
    try:
        print(f(*a))
    except TypeError as e:
        print(f"{f.__qualname__}: {e}")
