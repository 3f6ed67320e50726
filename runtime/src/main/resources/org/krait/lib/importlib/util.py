"""Utilities of the import system: specs, module objects, bytecode paths."""
import sys
import _imp
from _frozen_importlib import module_from_spec, _resolve_name, _find_spec, ModuleSpec
from _frozen_importlib_external import (MAGIC_NUMBER, cache_from_source, decode_source,
                                        source_from_cache, spec_from_file_location)

_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')


def source_hash(source_bytes):
    """The hash a hash-based .pyc records of its source."""
    return _imp.source_hash(_RAW_MAGIC_NUMBER, source_bytes)


def resolve_name(name, package):
    """The absolute name of a relative module name."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: its __spec__ if imported, else what the finders find (or None)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader loads."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)
