"""The import system's finders, loaders and specs."""
from _frozen_importlib import ModuleSpec, BuiltinImporter
from _frozen_importlib_external import (SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES,
                                        FileFinder, FileLoader, SourceFileLoader,
                                        SourcelessFileLoader, PathFinder, NamespaceLoader)

DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    """The suffixes of the files that can be imported."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
