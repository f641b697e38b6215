"""abc: abstract base classes.

Gilt's own implementation, matching CPython 3.11's observable behaviour:
ABCMeta (register(), __subclasshook__, virtual subclasses, refusing to
instantiate a class with abstract methods), ABC, abstractmethod, the
deprecated abstract property / classmethod / staticmethod classes,
get_cache_token() and update_abstractmethods().

Differences forced by Gilt's core:
- There is no weakref, so each ABC holds its registered classes and its
  subclasses strongly, and only answers about built-in classes (which live
  for ever) are cached. Other classes are checked afresh each time, so a
  method added after a failed check is noticed (CPython's negative cache
  would keep saying False).
"""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta cannot be
    instantiated while any abstract method is left without an override."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_wrapper(kind, name, doc):
    """A subclass of `kind` (classmethod or staticmethod) that marks the
    function it wraps abstract."""
    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return kind.__new__(cls, callable)
    namespace = {'__module__': __name__, '__doc__': doc,
                 '__isabstractmethod__': True, '__new__': __new__}
    return type(name, (kind,), namespace)


abstractclassmethod = _abstract_wrapper(
    classmethod, 'abstractclassmethod',
    "Deprecated: stack @classmethod on @abstractmethod instead.")
abstractstaticmethod = _abstract_wrapper(
    staticmethod, 'abstractstaticmethod',
    "Deprecated: stack @staticmethod on @abstractmethod instead.")


class abstractproperty(property):
    """Deprecated: stack @property on @abstractmethod instead."""
    __isabstractmethod__ = True


def _is_abstract(value):
    """Whether value (a function, property, classmethod, ...) is marked
    abstract."""
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls):
    """The names of cls's abstract methods: those it defines abstract
    itself, and those its bases declare abstract that it still leaves
    abstract."""
    names = {name for name, value in cls.__dict__.items()
             if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in names and _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# How many register() calls have happened, in every ABC together.
_registrations = 0


def get_cache_token():
    """A value that changes whenever any ABC gets a new virtual subclass."""
    return _registrations


class _AbcState:
    """What an ABC keeps about itself (its `_abc_impl`)."""
    __slots__ = ('registry', 'subclasses', 'cache', 'negative_cache',
                 'negative_version')

    def __init__(self):
        self.registry = []        # register()ed classes
        self.subclasses = []      # real subclasses (Gilt has no __subclasses__)
        self.cache = set()        # built-in classes known to be subclasses
        self.negative_cache = set()
        self.negative_version = _registrations


def _state(cls):
    return cls.__dict__['_abc_impl']


def _long_lived(klass):
    """Built-in classes never go away, so answers about them are cached."""
    return type(klass) is type and klass.__module__ == 'builtins'


def _cached_answer(state, klass):
    """True or False when the caches know the answer, else None."""
    if klass in state.cache:
        return True
    if state.negative_version != _registrations:
        # A registration since the negatives were recorded may undo them.
        state.negative_cache.clear()
        state.negative_version = _registrations
        return None
    return False if klass in state.negative_cache else None


def _inherits_or_registered(cls, state, klass):
    """The part of issubclass(klass, cls) after the hook has declined:
    real inheritance, then the registry, then cls's subclasses."""
    if cls in klass.__mro__:
        return True
    for other in (*state.registry, *state.subclasses):
        if issubclass(klass, other):
            return True
    return False


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Classes made with it can be subclassed normally, and can also adopt
    unrelated classes through register(): issubclass() and isinstance()
    then accept those, though the ABC stays out of their MRO and lends
    them no methods."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _AbcState()
        for base in bases:
            if isinstance(base, ABCMeta):
                _state(base).subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC and return it (so
        this also works as a class decorator)."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        # Already a subclass (X.register(X) included): nothing to do.
        if not issubclass(subclass, cls):
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
            registry = _state(cls).registry
            if subclass not in registry:
                registry.append(subclass)
            _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls): by the instance's __class__, or else
        by its real type when the two differ."""
        claimed = instance.__class__
        if cls.__subclasscheck__(claimed):
            return True
        actual = type(instance)
        return actual is not claimed and cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = _state(cls)
        remember = _long_lived(subclass)
        if remember:
            known = _cached_answer(state, subclass)
            if known is not None:
                return known
        # The hook is called from right here: typing's Protocol looks at
        # the frame that called it to tell abc's checks from the user's.
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = _inherits_or_registered(cls, state, subclass)
        elif verdict is not True and verdict is not False:
            raise AssertionError("__subclasshook__ must return either False, "
                                 "True, or NotImplemented")
        if remember:
            (state.cache if verdict else state.negative_cache).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid)."""
        state = _state(cls)
        report = (
            ("Class", f"{cls.__module__}.{cls.__qualname__}"),
            ("Inv. counter", get_cache_token()),
            ("_abc_registry", repr(set(state.registry))),
            ("_abc_cache", repr(state.cache)),
            ("_abc_negative_cache", repr(state.negative_cache)),
            ("_abc_negative_cache_version", state.negative_version),
        )
        for label, value in report:
            print(f"{label}: {value}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (for tests)."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Empty both caches (for tests)."""
        state = _state(cls)
        state.cache.clear()
        state.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or
    implemented on an already created abstract class, and return cls (so
    it can be used as a class decorator). Classes that never had
    __abstractmethods__ are returned untouched."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: subclass it to make an
    ABC."""
    __slots__ = ()
