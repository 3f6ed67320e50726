"""Base classes of finders and loaders, with the default behaviour CPython's give."""


class Loader:
    """A loader: makes and runs modules."""

    def create_module(self, spec):
        """None: the import system makes the module."""
        return None

    def load_module(self, fullname):
        raise ImportError


class MetaPathFinder:
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder:
    """A finder for one entry of sys.path."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    """A loader that can read data files."""

    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that gives a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """A loader whose modules come from files."""

    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)
