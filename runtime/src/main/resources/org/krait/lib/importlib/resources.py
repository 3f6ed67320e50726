"""Reading the data files of packages: files(package) and the older read_text()/read_binary()."""
import os
import sys
import warnings
from importlib import import_module

__all__ = ['files', 'as_file', 'read_text', 'read_binary', 'open_text', 'open_binary',
           'is_resource', 'contents']


class _Traversable:
    """A file or directory of a package, in the file system or read through its loader."""

    def __init__(self, path, loader=None):
        self._path = path
        self._loader = loader

    @property
    def name(self):
        return os.path.basename(self._path.rstrip('/'))

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return f'{type(self).__name__}({self._path!r})'

    def __eq__(self, other):
        return isinstance(other, _Traversable) and self._path == other._path

    def __hash__(self):
        return hash(self._path)

    def joinpath(self, *descendants):
        path = self._path
        for d in descendants:
            path = os.path.join(path, os.fspath(d))
        return _Traversable(path, self._loader)

    __truediv__ = joinpath

    def _on_disk(self):
        return self._loader is None or os.path.exists(self._path)

    def is_file(self):
        if self._on_disk():
            return os.path.isfile(self._path)
        try:
            self._loader.get_data(self._path)
        except OSError:
            return False
        return True

    def is_dir(self):
        if self._on_disk():
            return os.path.isdir(self._path)
        return not self.is_file()

    def iterdir(self):
        for name in sorted(os.listdir(self._path)):
            yield self.joinpath(name)

    def read_bytes(self):
        if self._on_disk():
            with open(self._path, 'rb') as f:
                return f.read()
        return self._loader.get_data(self._path)

    def read_text(self, encoding='utf-8', errors='strict'):
        return self.read_bytes().decode(encoding, errors)

    def open(self, mode='r', *args, **kwargs):
        if self._on_disk():
            return open(self._path, mode, *args, **kwargs)
        import io
        data = self.read_bytes()
        if 'b' in mode:
            return io.BytesIO(data)
        return io.StringIO(data.decode(kwargs.get('encoding') or 'utf-8'))


def _package(package):
    module = import_module(package) if isinstance(package, str) else package
    spec = module.__spec__
    if spec.submodule_search_locations is None:
        raise TypeError(f'{package!r} is not a package')
    return module


def files(package):
    """The directory of a package's data, as a Traversable."""
    module = _package(package)
    spec = module.__spec__
    locations = list(spec.submodule_search_locations)
    loader = spec.loader if spec.origin is not None else None
    if loader is not None and hasattr(loader, 'archive'):
        return _Traversable(locations[0], loader)
    return _Traversable(locations[0])


class _AsFile:
    def __init__(self, path):
        self._path = path

    def __enter__(self):
        return self._path

    def __exit__(self, *exc):
        return False


def as_file(path):
    """A context manager giving the file system path of a Traversable."""
    return _AsFile(path)


def _deprecated(name):
    warnings.warn(f"{name} is deprecated. Use files() instead. Refer to "
                  "https://importlib-resources.readthedocs.io/en/latest/using.html"
                  "#migrating-from-legacy for migration advice.", DeprecationWarning, stacklevel=3)


def read_binary(package, resource):
    _deprecated('read_binary')
    return (files(package) / resource).read_bytes()


def read_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('read_text')
    return (files(package) / resource).read_text(encoding, errors)


def open_binary(package, resource):
    _deprecated('open_binary')
    return (files(package) / resource).open('rb')


def open_text(package, resource, encoding='utf-8', errors='strict'):
    _deprecated('open_text')
    return (files(package) / resource).open('r', encoding=encoding, errors=errors)


def is_resource(package, name):
    _deprecated('is_resource')
    return (files(package) / name).is_file()


def contents(package):
    _deprecated('contents')
    return [path.name for path in files(package).iterdir()]
