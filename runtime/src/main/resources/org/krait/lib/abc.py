"""Abstract base classes (PEP 3119): Krait's own implementation of the abc module.

An ABC is a class whose metaclass is ABCMeta. Its abstract methods (those whose
__isabstractmethod__ is true, found in its namespace or left unimplemented from its bases)
are listed in __abstractmethods__, which makes object.__new__ refuse to instantiate it.
Classes can also be registered as virtual subclasses, or accepted by __subclasshook__;
issubclass() remembers its answers per ABC until the next registration anywhere.
"""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]

from _weakref import ref as _ref

# Bumped by every register() call: negative answers cached before it may have become wrong.
_invalidation_counter = 0


def abstractmethod(funcobj):
    """Mark funcobj as abstract; an ABCMeta class with it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is abstract (deprecated: stack classmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is abstract (deprecated: stack staticmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is abstract (deprecated: stack property on abstractmethod)."""

    __isabstractmethod__ = True


def get_cache_token():
    """The current registration counter; it changes whenever any ABC registers a class."""
    return _invalidation_counter


class _WeakClasses:
    """Classes held by weak reference, in the order added: a class that dies leaves by itself,
    so an ABC's registry and caches never keep a class alive (as CPython's sets of weak
    references do)."""

    __slots__ = ("_refs", "_remove", "__weakref__")

    def __init__(self):
        self._refs = {}

        def remove(ref, owner=_ref(self)):
            classes = owner()
            if classes is not None:
                classes._refs.pop(ref, None)

        self._remove = remove

    def add(self, cls):
        self._refs[_ref(cls, self._remove)] = None

    def __contains__(self, cls):
        try:
            return _ref(cls) in self._refs
        except TypeError:
            return False

    def __iter__(self):
        for ref in list(self._refs):
            cls = ref()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self._refs)

    def clear(self):
        self._refs.clear()

    def __repr__(self):
        return repr(set(self))


class _AbcState:
    """What one ABC remembers: its registered classes and its cached issubclass answers."""

    __slots__ = ("registry", "yes", "no", "no_version")

    def __init__(self):
        self.registry = _WeakClasses()
        self.yes = _WeakClasses()
        self.no = _WeakClasses()
        self.no_version = _invalidation_counter


def _abstract_names(cls):
    """The names that stay abstract in cls: its own abstract attributes, then those its bases
    declared abstract and cls still resolves to something abstract."""
    names = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes: abstract-method bookkeeping, register(),
    and isinstance()/issubclass() that honour registrations and __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns subclass (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        global _invalidation_counter
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        claimed = instance.__class__
        if claimed in state.yes:
            return True
        actual = type(instance)
        if actual is claimed:
            if state.no_version == _invalidation_counter and claimed in state.no:
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.yes:
            return True
        if state.no_version < _invalidation_counter:
            state.no = _WeakClasses()
            state.no_version = _invalidation_counter
        elif subclass in state.no:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (state.yes if answer else state.no).add(subclass)
            return answer
        if cls in subclass.__mro__ or any(issubclass(subclass, r) for r in state.registry) \
                or any(issubclass(subclass, s) for s in cls.__subclasses__()):
            state.yes.add(subclass)
            return True
        state.no.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid)."""
        state = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {state.registry!r}", file=file)
        print(f"_abc_cache: {state.yes!r}", file=file)
        print(f"_abc_negative_cache: {state.no!r}", file=file)
        print(f"_abc_negative_cache_version: {state.no_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached issubclass answers."""
        cls._abc_impl.yes.clear()
        cls._abc_impl.no.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after abstract methods were added or implemented."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose subclasses are abstract base classes."""

    __slots__ = ()
