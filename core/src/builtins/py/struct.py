"""struct: interpret bytes as packed binary data. The packing itself is the
native `_struct` module; `Struct` keeps a compiled format."""

from _struct import (pack, unpack, calcsize, iter_unpack, pack_into,
                     unpack_from, error, _clearcache)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_format', '_size')

    def __init__(self, format):
        self._size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self._format = format

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)


Struct.__module__ = '_struct'
