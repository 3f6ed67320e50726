"""Krait's importlib: the import system's Python face over its Java machinery.

The finders, loaders and specs are Krait's own Java classes, which the builtin modules
_frozen_importlib and _frozen_importlib_external expose under CPython's names.
"""
import sys
import _imp
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
from builtins import __import__

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


def invalidate_caches():
    """Ask every finder on sys.meta_path to forget what it has cached."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


# Modules being reloaded, so that a module reloading itself gets the module back.
_RELOADING = {}


def reload(module):
    """Run the module's code again in its existing namespace and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            pkgpath = parent.__path__
        else:
            pkgpath = None
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _exec(spec, module)
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)


def _exec(spec, module):
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    try:
        if spec.loader is None and spec.submodule_search_locations is None:
            raise ImportError('missing loader', name=spec.name)
        _bootstrap._init_module_attrs(spec, module, override=True)
        if spec.loader is not None:
            spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module
